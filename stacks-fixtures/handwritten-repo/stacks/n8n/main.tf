# =============================================================================
# n8n Stack — workflow automation
# =============================================================================

variable "tls_secret_name" { type = string }
variable "timezone" { type = string }
variable "webhook_url" { type = string }

data "vault_kv_secret_v2" "secrets" {
  mount = "secret"
  name  = "n8n"
}

module "n8n" {
  source          = "./modules/n8n"
  tls_secret_name = var.tls_secret_name
  timezone        = var.timezone
  webhook_url     = var.webhook_url
  db_password     = data.vault_kv_secret_v2.secrets.data["db_password"]
  # From the generated encryption_key_override.tf (see terragrunt.hcl).
  encryption_key = random_password.encryption_key.result
  tier           = local.tiers.aux
}
