# cert-manager with the Cloudflare DNS-01 issuer. The wildcard certificate for
# *.lab.example.net is issued here and copied into namespaces by platform.

include "root" {
  path = find_in_parent_folders()
}

dependency "calico" {
  config_path  = "../calico"
  skip_outputs = true
}

# The Cloudflare API token is read from Vault at plan time.
dependency "vault" {
  config_path  = "../vault"
  skip_outputs = true
}

inputs = {
  acme_email = "hostmaster@lab.example.net"
  # Switch to the staging server when testing issuer changes, the production
  # rate limit is 5 failures per hour.
  acme_server = "https://acme-v02.api.letsencrypt.org/directory"
}
