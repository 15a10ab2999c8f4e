locals {
  env_vars = read_terragrunt_config(find_in_parent_folders("environment.hcl"))
  env      = local.env_vars.locals.env
}

remote_state {
  backend = "gcs"
  config = {
    bucket = "acme-state-${local.env}"
    prefix = path_relative_to_include()
  }
  generate = { path = "backend.tf", if_exists = "overwrite_terragrunt" }
}
