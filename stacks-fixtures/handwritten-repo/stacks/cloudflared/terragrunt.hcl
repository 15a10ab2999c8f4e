include "root" {
  path = find_in_parent_folders()
}

# Tunnel credentials are created by infra and stored in Vault.
dependency "infra" {
  config_path  = "../infra"
  skip_outputs = true
}

dependency "traefik" {
  config_path  = "../traefik"
  skip_outputs = true
}
