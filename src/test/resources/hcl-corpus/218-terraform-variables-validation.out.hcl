variable "namespace" {
  type        = string
  description = "Kubernetes namespace"
  default     = "mail"
}

variable "replicas" {
  type    = number
  default = 1
  validation {
    condition     = var.replicas >= 1 && var.replicas <= 3
    error_message = "replicas must be between 1 and 3."
  }
}

variable "memory_limit" {
  type    = string
  default = "1Gi"
  validation {
    condition     = can(regex("^[0-9]+(Mi|Gi)$", var.memory_limit))
    error_message = <<-EOT
      memory_limit must look like 512Mi or 1Gi,
      got "${var.memory_limit}".
    EOT
  }
}

variable "sensitive_token" {
  type      = string
  sensitive = true
  nullable  = false
}
