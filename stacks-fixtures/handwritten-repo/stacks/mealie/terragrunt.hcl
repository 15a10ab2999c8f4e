locals {
  # Shared with the grocy experiment, which was removed; keep the same name so
  # existing bookmarks still work.
  hostname = "recipes.lab.example.net"
}

# mealie: recipes and meal planning.

include "root" {
  path = find_in_parent_folders()
}

dependency "dbaas" {
  config_path  = "../dbaas"
  skip_outputs = true
}

dependency "platform" {
  config_path  = "../platform"
  skip_outputs = true
}

inputs = {
  hostname = local.hostname
  base_url = "https://${local.hostname}"
}
