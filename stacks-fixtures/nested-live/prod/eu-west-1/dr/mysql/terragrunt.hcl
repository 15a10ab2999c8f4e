include "root" {
  path = find_in_parent_folders("root.hcl")
}
include "envcommon" {
  path           = "${dirname(find_in_parent_folders("root.hcl"))}/_envcommon/mysql.hcl"
  expose         = true
  merge_strategy = "deep"
}

terraform {
  source = "${include.envcommon.locals.base_source_url}?ref=v0.8.0"
}

inputs = {
  instance_class    = "db.r6g.large"
  allocated_storage = 200
  # Never lose prod data.
  deletion_protection = true
}

