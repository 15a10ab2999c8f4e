# vault: policies, auth methods (OIDC via Authentik, kubernetes), KV mounts and
# the per-user namespace-owner setup read from secret/platform -> k8s_users.

include "root" {
  path = find_in_parent_folders()
}

# Vault runs on the cluster but is initialised and unsealed by the tier-0
# bootstrap stack; nothing here works before that.
dependency "vault-bootstrap" {
  config_path  = "../vault-bootstrap"
  skip_outputs = true
}

dependency "nfs-csi" {
  config_path  = "../nfs-csi"
  skip_outputs = true
}

# Losing this state means re-creating every policy and role by hand.
prevent_destroy = true

inputs = {
  oidc_discovery_url = "https://auth.lab.example.net/application/o/vault/"

  # Roles that CI may assume through the kubernetes auth method.
  ci_roles = ["ci", "renovate"]
}
