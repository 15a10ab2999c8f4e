include "envcommon" {
  path   = "${dirname(find_in_parent_folders("root.hcl"))}/_envcommon/vpc.hcl"
  expose = true
}

include "root" { path = find_in_parent_folders("root.hcl") }

# Pinned ahead of the others while the upgrade is tested here.
terraform {
  source = "${include.envcommon.locals.base_source_url}?ref=v0.9.0-rc1"
}

inputs = {
  cidr_block = "10.11.0.0/16"
}
