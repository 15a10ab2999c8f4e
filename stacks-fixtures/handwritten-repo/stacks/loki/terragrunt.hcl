# loki + promtail. Single binary mode, filesystem storage on NFS.

include "root" {
  path = find_in_parent_folders()
}

dependency "monitoring" {
  config_path  = "../monitoring"
  skip_outputs = true
}

inputs = {
  retention_period = "336h" # 14 days
  storage_size     = "50Gi"
}
