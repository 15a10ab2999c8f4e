# traefik: the ingress controller, on a pinned MetalLB address so the router's
# port forward never has to change.

include "root" {
  path = find_in_parent_folders()
}

dependency "metallb" {
  config_path  = "../metallb"
  skip_outputs = true
}

dependency "cert-manager" {
  config_path  = "../cert-manager"
  skip_outputs = true
}

inputs = {
  load_balancer_ip = "10.0.20.200"

  # Real client IPs from the Cloudflare tunnel.
  trusted_ips = [
    "173.245.48.0/20",
    "103.21.244.0/22",
    "10.0.0.0/8",
  ]

  replicas = 2
}
