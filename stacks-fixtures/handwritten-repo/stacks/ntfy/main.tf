# =============================================================================
# ntfy Stack — push notifications
# =============================================================================

variable "tls_secret_name" { type = string }
variable "base_url" { type = string }
variable "public_topics" { type = list(string) }

data "vault_kv_secret_v2" "secrets" {
  mount = "secret"
  name  = "ntfy"
}

module "ntfy" {
  source          = "./modules/ntfy"
  tls_secret_name = var.tls_secret_name
  base_url        = var.base_url

  # Users as "name:bcrypt-hash:role", one per line in Vault.
  users = split("\n", trimspace(data.vault_kv_secret_v2.secrets.data["users"]))
  access = concat(
    [for t in var.public_topics : "everyone:${t}:ro"],
    ["alertmanager:alerts:wo", "woodpecker:ci:wo"],
  )

  tier = local.tiers.aux
}
