# k8s-portal: onboarding page for namespace owners (kubeconfig download,
# setup script). The module lives in the platform repo, nothing local.

include "root" {
  path = find_in_parent_folders()
}

dependency "platform" {
  config_path  = "../platform"
  skip_outputs = true
}

dependency "authentik" {
  config_path  = "../authentik"
  skip_outputs = true
}
