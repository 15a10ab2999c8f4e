include "root" {
  path = find_in_parent_folders("root.hcl")
}

include "env" {
  path   = find_in_parent_folders("env.hcl")
  expose = true
}

include "region" {
  path           = find_in_parent_folders("region.hcl")
  expose         = true
  merge_strategy = "no_merge"
}

terraform {
  source = "git::https://github.com/example/infrastructure-modules.git//web_server?ref=v0.4.2"
}

inputs = {
  name = "${include.env.locals.env}-web_server"
}

dependency "vpc" {
  config_path = "../vpc.v2"

  mock_outputs = {
    vpc_id = "vpc-000"
  }
}