include "envcommon" {
  path           = "${dirname(find_in_parent_folders("root.hcl"))}/_envcommon/mysql.hcl"
  expose         = true
  merge_strategy = "deep"
}

include "root" { path = find_in_parent_folders("root.hcl") }

# Pinned ahead of the others while the upgrade is tested here.
terraform {
  source = "${include.envcommon.locals.base_source_url}?ref=v0.9.0-rc1"
}
