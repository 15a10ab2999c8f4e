# =============================================================================
# Mailserver Stack — docker-mailserver 15
# =============================================================================
# The Postfix overlay is not passed from here: the module's default for
# var.postfix_cf (modules/mailserver/variables.tf) is the configuration.

variable "hostname" { type = string }
variable "domains" { type = list(string) }
variable "image_tag" { type = string }
variable "load_balancer_ip" { type = string }

variable "aliases" {
  type    = map(string)
  default = {}
}

data "vault_kv_secret_v2" "secrets" {
  mount = "secret"
  name  = "mailserver"
}

locals {
  accounts = jsondecode(data.vault_kv_secret_v2.secrets.data["accounts"])
}

module "mailserver" {
  source           = "./modules/mailserver"
  hostname         = var.hostname
  domains          = var.domains
  image_tag        = var.image_tag
  load_balancer_ip = var.load_balancer_ip
  # Dedicated certificate, see the comment in terragrunt.hcl.
  certificate_name = "mail-lab-example-net"

  accounts = local.accounts
  aliases  = var.aliases

  # Brevo SMTP relay; relayhost itself is set in the overlay.
  relay_user     = data.vault_kv_secret_v2.secrets.data["brevo_user"]
  relay_password = data.vault_kv_secret_v2.secrets.data["brevo_password"]

  # Generated once with `setup config dkim` and stored in Vault; try() so a
  # fresh install can come up before the key exists.
  dkim_private_key = try(data.vault_kv_secret_v2.secrets.data["dkim_private_key"], "")

  tier = local.tiers.edge
}
