# status-page: gatus, public at status.lab.example.net. Runs on the edge VM's
# k3s as well, so it keeps reporting when the main cluster is down.

include "root" {
  path = find_in_parent_folders()
}

terraform {
  source = "../../modules//gatus"

  # The edge k3s has its own kubeconfig.
  extra_arguments "edge_kubeconfig" {
    commands = ["plan", "apply", "destroy"]
    env_vars = {
      KUBECONFIG = "~/.kube/edge.yaml"
    }
  }
}

inputs = {
  endpoints = [
    { name = "mail", url = "tcp://mail.lab.example.net:25", interval = "1m" },
    { name = "website", url = "https://lab.example.net", interval = "1m" },
    { name = "vault", url = "https://vault.lab.example.net/v1/sys/health", interval = "30s" },
  ]
}
