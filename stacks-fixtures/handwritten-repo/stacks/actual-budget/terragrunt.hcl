include "root" {
  path = find_in_parent_folders()
}

# OIDC login (ACTUAL_OPENID_*).
dependency "authentik" {
  config_path  = "../authentik"
  skip_outputs = true
}

dependency "platform" {
  config_path  = "../platform"
  skip_outputs = true
}

inputs = {
  hostname = "budget.lab.example.net"
}
