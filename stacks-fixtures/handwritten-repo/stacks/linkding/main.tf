# =============================================================================
# Linkding Stack — bookmarks
# =============================================================================

variable "tls_secret_name" { type = string }

variable "superuser_name" {
  type    = string
  default = "admin"
}

data "vault_kv_secret_v2" "secrets" {
  mount = "secret"
  name  = "linkding"
}

module "linkding" {
  source          = "./modules/linkding"
  tls_secret_name = var.tls_secret_name
  superuser_name  = var.superuser_name
  superuser_pass  = data.vault_kv_secret_v2.secrets.data["superuser_password"]

  # Authentik forward auth sets this header.
  auth_proxy_username_header = "HTTP_X_AUTHENTIK_USERNAME"

  tier = local.tiers.aux
}
