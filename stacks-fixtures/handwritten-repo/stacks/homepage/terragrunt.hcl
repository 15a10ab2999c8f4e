# homepage: the start page. Its config is generated from the list of public
# names, no dependencies (it tolerates services that do not exist yet).

include "root" {
  path = find_in_parent_folders()
}

inputs = {
  title = "lab"

  # Groups, in display order.
  groups = ["Media", "Documents", "Home", "Infra"]
}

generate "widgets" {
  path      = "widgets_override.tf"
  if_exists = "overwrite_terragrunt"
  contents  = <<EOT
locals {
  widgets = [
    { type = "resources", cpu = true, memory = true },
    { type = "search", provider = "duckduckgo" },
    { type = "datetime", format = { timeStyle = "short" } },
  ]
}
EOT
}
