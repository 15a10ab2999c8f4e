# =============================================================================
# HedgeDoc Stack — collaborative notes
# =============================================================================

variable "tls_secret_name" { type = string }
variable "nfs_server" { type = string }

variable "session_secret" {
  type      = string
  sensitive = true
  default   = ""
}

data "vault_kv_secret_v2" "secrets" {
  mount = "secret"
  name  = "hedgedoc"
}

module "hedgedoc" {
  source          = "./modules/hedgedoc"
  tls_secret_name = var.tls_secret_name
  nfs_server      = var.nfs_server

  db_url = data.vault_kv_secret_v2.secrets.data["db_url"]
  # An empty session secret makes the module generate one; set it in
  # terraform.tfvars only when migrating sessions from the old VM.
  session_secret = var.session_secret

  oauth = {
    client_id     = "hedgedoc"
    client_secret = data.vault_kv_secret_v2.secrets.data["oauth_client_secret"]
    base_url      = "https://auth.lab.example.net/application/o"
  }

  tier = local.tiers.aux
}
