# =============================================================================
# Paperless Stack — document archive (paperless-ngx)
# =============================================================================
# The consume folder is an SMB share on the NAS; the scanner writes into it.

variable "tls_secret_name" { type = string }
variable "nfs_server" { type = string }
variable "ocr_language" { type = string }
variable "consume_path" { type = string }

data "vault_kv_secret_v2" "secrets" {
  mount = "secret"
  name  = "paperless"
}

locals {
  db = jsondecode(data.vault_kv_secret_v2.secrets.data["db"])
}

module "paperless" {
  source          = "./modules/paperless"
  tls_secret_name = var.tls_secret_name
  nfs_server      = var.nfs_server
  consume_path    = var.consume_path

  db_host     = local.db.host
  db_name     = local.db.name
  db_user     = local.db.user
  db_password = local.db.password
  redis_url   = "redis://redis.redis.svc.cluster.local:6379/3"

  ocr_language = var.ocr_language
  # Scans arrive as one PDF per batch; split on the barcode separator page.
  consumer_enable_barcodes = true
  secret_key               = data.vault_kv_secret_v2.secrets.data["secret_key"]
  tier                     = local.tiers.aux
}
