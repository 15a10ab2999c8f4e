# vault-bootstrap: unseal keys (transit auto-unseal on pve1), root token
# handling and the first admin policy. Tier 0: state stays local and encrypted.

include "root" {
  path = find_in_parent_folders()
}

dependency "k8s-bootstrap" {
  config_path  = "../k8s-bootstrap"
  skip_outputs = true
}

# Vault is reached with the bootstrap root token here, not through OIDC:
# Authentik does not exist yet at this point.
generate "vault_token" {
  path      = "vault_token_override.tf"
  if_exists = "overwrite_terragrunt"
  contents  = <<EOF
provider "vault" {
  address          = "https://vault.lab.example.net"
  token            = trimspace(file(pathexpand("~/.vault-bootstrap-token")))
  skip_child_token = true
}
EOF
}
