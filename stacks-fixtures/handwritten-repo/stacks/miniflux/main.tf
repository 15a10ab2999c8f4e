# =============================================================================
# Miniflux Stack — RSS reader
# =============================================================================

variable "tls_secret_name" { type = string }
variable "polling_frequency" { type = number }

data "vault_kv_secret_v2" "secrets" {
  mount = "secret"
  name  = "miniflux"
}

module "miniflux" {
  source            = "./modules/miniflux"
  tls_secret_name   = var.tls_secret_name
  polling_frequency = var.polling_frequency
  database_url      = data.vault_kv_secret_v2.secrets.data["database_url"]
  # try() so the first apply works before the OIDC client exists in Authentik.
  oidc_client_secret = try(data.vault_kv_secret_v2.secrets.data["oidc_client_secret"], "")
  tier               = local.tiers.aux
}
