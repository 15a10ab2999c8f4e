# Traefik in front of everything.
variable "replicas" {
  default     = 1
  description = "How many Traefik pods."
  type        = number
  nullable    = false
}
variable "extra_args" {}


variable "dashboard" { default = false }
data "vault_kv_secret_v2" "acme" {
  mount = "kv"
  name  = "ingress/acme"
}
locals {
  args = concat(["--api.dashboard=${var.dashboard}"], var.extra_args)
}
module "ingress" {
  source   = "../../modules/traefik"
  replicas = var.replicas
  args     = local.args
  email    = data.vault_kv_secret_v2.acme.data["email"]
  tier     = local.tiers.cluster
}
