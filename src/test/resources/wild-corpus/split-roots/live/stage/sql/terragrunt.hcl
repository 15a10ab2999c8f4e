include "root" {
  path = find_in_parent_folders("root.hcl")
}

terraform {
  source = "../../../modules//sql"
}

dependency "network" {
  config_path = "../network"
}

inputs = {
  network = dependency.network.outputs.self_link
}