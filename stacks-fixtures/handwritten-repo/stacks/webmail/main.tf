# =============================================================================
# Webmail Stack — Roundcube
# =============================================================================
#
# IMAP and submission go to the mailserver service inside the cluster; TLS is
# still required because Dovecot refuses plaintext auth.

variable "tls_secret_name" { type = string }
variable "image_tag" { type = string }

data "vault_kv_secret_v2" "secrets" {
  mount = "secret"
  name  = "webmail"
}

module "webmail" {
  source          = "./modules/webmail"
  tls_secret_name = var.tls_secret_name
  image_tag       = var.image_tag

  imap_host = "ssl://mailserver.mailserver.svc.cluster.local"
  smtp_host = "tls://mailserver.mailserver.svc.cluster.local:587"

  db_dsn  = data.vault_kv_secret_v2.secrets.data["db_dsn"]
  des_key = data.vault_kv_secret_v2.secrets.data["des_key"] # 24 chars
  plugins = ["archive", "zipdownload", "managesieve", "markasjunk"]
  tier    = local.tiers.edge
}
