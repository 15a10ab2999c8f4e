# k8s-bootstrap: kubeadm init/join through cloud-init, then writes the admin
# kubeconfig to ~/.kube/config. Tier 0.
include "root" {
  path = find_in_parent_folders()
}

# The VMs must exist before kubeadm can run on them.
dependency "proxmox" {
  config_path  = "../proxmox"
  skip_outputs = true
}

inputs = {
  kubernetes_version = "1.31.4"
  pod_cidr           = "10.244.0.0/16"
  service_cidr       = "10.96.0.0/12"
  api_endpoint       = "k8s-api.lab.example.net:6443"
}
