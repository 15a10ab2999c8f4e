# platform: namespaces, RBAC, quotas, TLS secret copies and DNS records for
# every namespace owner listed in Vault (secret/platform -> k8s_users).
#
# Most app stacks depend on this one: it creates their namespace.

include "root" {
  path = find_in_parent_folders()
}

# The users, their namespaces and quotas are read from Vault.
dependency "vault" {
  config_path  = "../vault"
  skip_outputs = true
}

# TLS secrets are copies of the wildcard certificate.
dependency "cert-manager" {
  config_path  = "../cert-manager"
  skip_outputs = true
}

# Default deny + allow-from-traefik network policies reference its namespace.
dependency "traefik" {
  config_path  = "../traefik"
  skip_outputs = true
}

dependency "kyverno" {
  config_path  = "../kyverno"
  skip_outputs = true
}

inputs = {
  default_quota = {
    cpu_requests    = "2"
    memory_requests = "4Gi"
    memory_limits   = "8Gi"
    pods            = "20"
  }
}
