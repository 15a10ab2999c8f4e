# woodpecker: CI server + agents. Admins are every namespace owner in Vault.

include "root" {
  path = find_in_parent_folders()
}

dependency "forgejo" {
  config_path  = "../forgejo"
  skip_outputs = true
}

dependency "dbaas" {
  config_path  = "../dbaas"
  skip_outputs = true
}

# The agents run privileged buildx; kyverno has an exception for this
# namespace that must exist before the agents start.
dependency "kyverno" {
  config_path  = "../kyverno"
  skip_outputs = true
}

inputs = {
  agent_replicas = 2

  # Kubernetes backend: every step is a pod in the woodpecker-pipelines namespace.
  backend                = "kubernetes"
  pipelines_namespace    = "woodpecker-pipelines"
  pipeline_storage_class = "nfs-csi"
}

generate "agent_config" {
  path      = "agent_config_override.tf"
  if_exists = "overwrite_terragrunt"
  contents  = <<-EOT
    locals {
      # Keep in sync with the kyverno exception in stacks/kyverno.
      agent_env = {
        WOODPECKER_BACKEND_K8S_NAMESPACE       = "woodpecker-pipelines"
        WOODPECKER_BACKEND_K8S_STORAGE_RWX     = "false"
        WOODPECKER_BACKEND_K8S_POD_LABELS      = jsonencode({ "app.kubernetes.io/part-of" = "woodpecker" })
        WOODPECKER_MAX_WORKFLOWS               = "2"
      }
    }
  EOT
}
