# =============================================================================
# Mealie Stack — recipes and meal planning
# =============================================================================

variable "tls_secret_name" { type = string }
variable "hostname" { type = string }
variable "base_url" { type = string }

data "vault_kv_secret_v2" "secrets" {
  mount = "secret"
  name  = "mealie"
}

# OpenAI key for recipe import from photos; shared by several stacks.
data "vault_kv_secret_v2" "shared" {
  mount = "secret"
  name  = "shared/openai"
}

locals {
  env = {
    BASE_URL               = var.base_url
    ALLOW_SIGNUP           = "false"
    TZ                     = "Europe/Berlin"
    OPENAI_API_KEY         = data.vault_kv_secret_v2.shared.data["api_key"]
    POSTGRES_PASSWORD      = data.vault_kv_secret_v2.secrets.data["db_password"]
    SMTP_FROM_EMAIL        = "mealie@lab.example.net"
    OIDC_AUTH_ENABLED      = "true"
    OIDC_CONFIGURATION_URL = "https://auth.lab.example.net/application/o/mealie/.well-known/openid-configuration"
  }
}

module "mealie" {
  source          = "./modules/mealie"
  tls_secret_name = var.tls_secret_name
  hostname        = var.hostname
  env             = local.env
  tier            = local.tiers.aux
}
