# webmail: Roundcube in front of the mailserver's IMAP/submission.

include "root" {
  path = find_in_parent_folders()
}

dependency "mailserver" {
  config_path  = "../mailserver"
  skip_outputs = true
}

# Roundcube's plugin images are pulled from the private registry, so the pull
# secret kyverno injects must exist first.
dependency "kyverno" {
  config_path  = "../kyverno"
  skip_outputs = true
}

# MariaDB database "webmail".
dependency "dbaas" {
  config_path  = "../dbaas"
  skip_outputs = true
}

inputs = {
  # Bump per deploy.
  image_tag = "1.6.9-apache"
}

generate "oci_provider" {
  path      = "oci_provider_override.tf"
  if_exists = "overwrite_terragrunt"
  contents  = <<EOF
terraform {
  required_providers {
    oci = {
      source  = "oracle/oci"
      version = "~> 6.21"
    }
  }
}
EOF
}
