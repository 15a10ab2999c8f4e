# The public site, served by nginx.


variable "hostname" {
  type        = string
  description = "Public host name."

  validation {
    condition     = length(var.hostname) > 3
    error_message = "Too short."
  }
}

variable "replicas" {
  type    = number
  default = 2 # two is enough
}

locals {
  # Labels every object gets.
  labels = {
    app = "web"
  }

  fqdn = "${var.hostname}.example.net"
}

module "web" { # the site itself
  source = "./modules/web"

  # Where it answers.
  fqdn     = local.fqdn
  labels   = local.labels
  replicas = var.replicas
  tier     = local.tiers.edge

  # More to come.
}


