# n8n: workflow automation (paperless -> nextcloud, RSS -> ntfy, ...).

include "root" {
  path = find_in_parent_folders()
}

dependency "dbaas" {
  config_path  = "../dbaas"
  skip_outputs = true

  # Extra safety for `terragrunt run-all plan` on a fresh clone: no outputs are
  # read, but the mocks keep older Terragrunt versions quiet.
  mock_outputs                            = {}
  mock_outputs_allowed_terraform_commands = ["validate", "plan"]
}

# Workflows call ntfy and paperless; the order only matters for the first apply.
dependencies {
  paths = ["../ntfy", "../paperless"]
}

inputs = {
  timezone = "Europe/Berlin"

  webhook_url = "https://n8n.lab.example.net/"
}

generate "encryption_key" {
  path      = "encryption_key_override.tf"
  if_exists = "overwrite_terragrunt"
  contents  = <<-EOT
    # The encryption key must never change once credentials are stored, or
    # every saved credential becomes unreadable.
    resource "random_password" "encryption_key" {
      length  = 48
      special = false

      lifecycle {
        prevent_destroy = true
      }
    }
  EOT
}
