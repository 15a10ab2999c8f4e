# proxmox: the VMs that make up the cluster (3 control plane, 4 workers) and
# the edge VM. Tier 0, local state.

include "root" {
  path = find_in_parent_folders()
}

# The API token for terraform@pve is created by infra.
dependency "infra" {
  config_path  = "../infra"
  skip_outputs = true
}

generate "provider" {
  path      = "providers.tf"
  if_exists = "overwrite_terragrunt"
  contents  = <<-EOT
    terraform {
      required_providers {
        proxmox = {
          source  = "bpg/proxmox"
          version = "~> 0.66"
        }
      }
    }

    provider "proxmox" {
      endpoint = "https://pve1.lab.example.net:8006/"
      insecure = true # self-signed, LAN only
    }
  EOT
}

inputs = {
  control_plane_count = 3
  worker_count        = 4

  # Workers get the GPU passthrough only on pve2.
  gpu_node = "pve2"

  template_vm_id = 9000
}
