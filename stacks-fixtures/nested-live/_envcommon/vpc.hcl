# Common configuration for the vpc component, included by every environment's vpc unit.
locals {
  environment_vars = read_terragrunt_config(find_in_parent_folders("env.hcl"))
  env              = local.environment_vars.locals.environment

  base_source_url = "git::https://git.example.org/modules/vpc.git"
}

terraform {
  source = "${local.base_source_url}?ref=v3.1.0"
}

inputs = {
  name = "vpc-${local.env}"
}
