# =============================================================================
# Jellyfin Stack — media server
# =============================================================================

variable "tls_secret_name" { type = string }
variable "nfs_server" { type = string }
variable "media_paths" { type = list(string) }

data "vault_kv_secret_v2" "secrets" {
  mount = "secret"
  name = "jellyfin"
}

module "jellyfin" {
  source = "./modules/jellyfin"
  tls_secret_name = var.tls_secret_name
  nfs_server = var.nfs_server
  media_paths = var.media_paths

  # Intel QuickSync on the GPU node; the render group id differs per distro.
  gpu_node_selector = { "lab.example.net/gpu" = "true" }
  render_group_id = 993

  api_key = data.vault_kv_secret_v2.secrets.data["api_key"]
  tier = local.tiers.aux
}
