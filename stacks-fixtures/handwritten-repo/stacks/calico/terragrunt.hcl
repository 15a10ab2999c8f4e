include "root" {
  path = find_in_parent_folders()
}

dependency "k8s-bootstrap" {
  config_path  = "../k8s-bootstrap"
  skip_outputs = true
}

terraform {
  # Pinned chart wrapper, shared with the lab at work.
  source = "git::https://git.lab.example.net/infra/tf-calico.git//module?ref=v3.29.1"
}

inputs = {
  pod_cidr = "10.244.0.0/16"
  mtu      = 1450 # VXLAN overhead on the Proxmox bridge
}
