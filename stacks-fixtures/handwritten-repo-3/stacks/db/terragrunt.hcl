# db: PostgreSQL for the apps.



include "root" { path = find_in_parent_folders() }

# Needs the operator.
dependency "boot" {
  config_path  = "../boot"
  skip_outputs = true
  # The operator has no outputs anyway.
}

generate "versions" {
  path      = "versions.tf"
  if_exists = "overwrite_terragrunt"
  contents  = <<EOF
terraform {
  required_version = ">= 1.6"
}

variable "size" { type = string }
EOF
}

inputs = {
  size = "10Gi" # grows by hand
}
# Last line comment.
