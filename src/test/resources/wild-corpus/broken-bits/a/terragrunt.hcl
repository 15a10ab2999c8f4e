include "root" {
  path = find_in_parent_folders("root.hcl")
}

dependency "gone" {
  config_path = "../gone"
}
