include "root" {
  path = find_in_parent_folders()
}

# Redis for the apps.
dependency "ingress" {
  config_path  = "../ingress"
  skip_outputs = true
}


