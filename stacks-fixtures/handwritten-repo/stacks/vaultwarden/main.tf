# =============================================================================
# Vaultwarden Stack — password manager
# =============================================================================

variable "tls_secret_name" { type = string }
variable "nfs_server" { type = string }
variable "signups_allowed" { type = bool }
variable "domain" { type = string }

data "vault_kv_secret_v2" "secrets" {
  mount = "secret"
  name  = "vaultwarden"
}

module "vaultwarden" {
  source          = "./modules/vaultwarden"
  tls_secret_name = var.tls_secret_name
  domain          = var.domain
  signups_allowed = var.signups_allowed

  # argon2 PHC string, generated with `vaultwarden hash`.
  admin_token   = data.vault_kv_secret_v2.secrets.data["admin_token"]
  smtp_password = data.vault_kv_secret_v2.secrets.data["smtp_password"]

  backup_nfs_server = var.nfs_server
  tier              = local.tiers.aux
}
