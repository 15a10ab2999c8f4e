include "root" { path = find_in_parent_folders("root.hcl") }

include "envcommon" {
  path = "${dirname(find_in_parent_folders("root.hcl"))}/_envcommon/webserver-cluster.hcl"
}

# Reads the environment directly as well.
locals {
  env_vars = read_terragrunt_config(find_in_parent_folders("env.hcl"))
}

inputs = {
  min_size = 4
  max_size = 8
}
