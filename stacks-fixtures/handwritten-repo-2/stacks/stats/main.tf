# Grafana, dashboards from git.

variable "domain" { type = string }

# The admin password lives in Vault.
variable "admin_user" { type = string }
variable "plugins" {
  type = list(string)
  default = [
    "grafana-piechart-panel",
  ]
}

module "stats" {
  source     = "./modules/grafana"
  domain     = var.domain
  admin_user = var.admin_user
  plugins    = var.plugins
  password   = data.vault_kv_secret_v2.secrets.data["admin_password"]

  # Dashboards folder.
  dashboards = "${path.module}/dashboards"
  tier       = local.tiers.edge
}

# end of file
