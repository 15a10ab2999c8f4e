# headscale: the VPN control server. Users log in with Authentik OIDC.

include "root" {
  path = find_in_parent_folders()
}

dependency "authentik" {
  config_path  = "../authentik"
  skip_outputs = true
}

inputs = {
  server_url = "https://headscale.lab.example.net"
  # Routes advertised by the subnet router on the edge VM.
  approved_routes = ["10.0.10.0/24", "10.0.20.0/24"]

  magic_dns_base_domain = "ts.lab.example.net"
}
