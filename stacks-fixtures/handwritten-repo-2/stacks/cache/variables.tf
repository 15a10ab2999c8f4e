variable "memory" {
  type    = string
  default = "256Mi"
}

variable "password" {
  type      = string
  sensitive = true
}
