include "root" {
  path = find_in_parent_folders("root.hcl")
}

terraform {
  source = "git::git@github.com:acme/modules.git//queue?ref=${values.version}"
}

inputs = {
  name = values.name
}