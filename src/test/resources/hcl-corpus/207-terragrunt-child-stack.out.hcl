include "root" {
  path = find_in_parent_folders()
}

terraform {
  source = "../../modules//mailserver"
}

dependency "platform" {
  config_path = "../platform"
  mock_outputs = {
    namespace     = "mock-ns"
    ingress_class = "nginx"
  }
  mock_outputs_allowed_terraform_commands = ["validate", "plan"]
}

dependency "vault" {
  config_path  = "../vault"
  skip_outputs = true
}

inputs = {
  # Namespace comes from the platform stack.
  namespace     = dependency.platform.outputs.namespace
  ingress_class = dependency.platform.outputs.ingress_class # nginx by default
  hostname      = "mail.example.com"

  # Resources
  replicas     = 1
  memory_limit = "1Gi"
  cpu_request  = "100m"
}
