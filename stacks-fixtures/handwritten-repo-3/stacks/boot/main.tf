variable "token_ttl" { type = number }
variable "region" { default = "eu-west" }

data "vault_kv_secret_v2" "bootstrap" {
  mount   = "kv"
  name    = "boot/bootstrap"
  version = 2
}

module "boot" {
  source    = "./modules/boot"
  token     = data.vault_kv_secret_v2.bootstrap.data["token"]
  token_ttl = var.token_ttl
  region    = var.region
  providers = {
    vault = vault.root
  }
  depends_on = [data.vault_kv_secret_v2.bootstrap]
  tier       = local.tiers["core"]
}
