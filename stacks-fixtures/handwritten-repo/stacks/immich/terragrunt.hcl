# immich: photo library. The ML pod wants the GPU node.

include "root" {
  path = find_in_parent_folders()
}

dependency "platform" {
  config_path = "../platform"
  skip_outputs = true
}

# pgvecto.rs extension is only installed on the dbaas cluster.
dependency "dbaas" {
  config_path = "../dbaas"
  skip_outputs = true
}

dependency "redis" {
  config_path  = "../redis"
  skip_outputs = true
}

inputs = {
  image_tag = "v1.123.0"
  ml_node_selector = { "lab.example.net/gpu" = "true" }
  library_path = "/volume1/photos" # read-only external library
  upload_storage = "200Gi"
}
