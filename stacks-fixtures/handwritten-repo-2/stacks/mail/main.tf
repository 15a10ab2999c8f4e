variable "hostname" { type = string }
variable "relay_password" {
  type      = string
  sensitive = true
}

module "mail" {
  source           = "./modules/mail"
  hostname         = var.hostname
  relay_password   = var.relay_password
  kube_config_path = var.kube_config_path
  tier             = local.tiers.edge
}

