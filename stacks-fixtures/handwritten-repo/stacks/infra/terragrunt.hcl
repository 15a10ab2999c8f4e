# infra: DNS zone, Cloudflare tunnel credentials and the Proxmox API user.
# Tier 0: local state (see the root terragrunt.hcl).

include "root" {
  path = find_in_parent_folders()
}

# Nothing in Kubernetes exists yet when this stack runs, so the shared
# providers from the root are replaced by the two this stack really needs.
generate "provider" {
  path      = "providers.tf"
  if_exists = "overwrite_terragrunt"
  contents  = <<EOF
terraform {
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.48"
    }
    proxmox = {
      source  = "bpg/proxmox"
      version = "~> 0.66"
    }
  }
}
EOF
}

inputs = {
  zone_name = "lab.example.net"

  # The tunnel terminates on the edge VM, not in the cluster.
  tunnel_name = "homelab-edge"
}
