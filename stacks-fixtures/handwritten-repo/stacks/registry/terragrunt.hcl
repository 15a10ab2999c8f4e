# registry: private OCI registry (distribution) behind traefik, with a
# pull-through cache for Docker Hub so CI does not hit the rate limit.

include "root" {
  path = find_in_parent_folders()
}

dependency "platform" {
  config_path  = "../platform"
  skip_outputs = true
}

inputs = {
  hostname = "registry.lab.example.net"

  proxy_remote_url = "https://registry-1.docker.io"

  # Garbage collection runs weekly; untagged manifests older than this go.
  gc_keep_untagged_days = 7
}
