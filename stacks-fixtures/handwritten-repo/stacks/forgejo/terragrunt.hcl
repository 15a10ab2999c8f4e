# forgejo: git hosting (git.lab.example.net). Mirrors the GitHub repos.

include "root" {
  path = find_in_parent_folders()
}

dependency "dbaas" {
  config_path  = "../dbaas"
  skip_outputs = true
}

dependency "authentik" {
  config_path  = "../authentik"
  skip_outputs = true
}

inputs = {
  ssh_port     = 2222
  lfs_enabled  = true
  storage_size = "100Gi"
}
