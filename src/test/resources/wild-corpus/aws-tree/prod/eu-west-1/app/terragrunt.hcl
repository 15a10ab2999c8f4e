include "root" {
  path = find_in_parent_folders("root.hcl")
}

dependency "vpc" {
  config_path = "../vpc"
}

terraform {
  source = "git::https://example.com/modules.git//app?ref=v1.0.0"
}