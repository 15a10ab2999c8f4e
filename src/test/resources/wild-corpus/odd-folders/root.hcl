locals {
  account = read_terragrunt_config(find_in_parent_folders("account.hcl"))
  region  = read_terragrunt_config(find_in_parent_folders("region.hcl"))
}

remote_state {
  backend = "s3"
  config = {
    bucket  = "tf-state-${local.account.locals.account_id}"
    key     = "${path_relative_to_include()}/terraform.tfstate"
    region  = local.region.locals.aws_region
    encrypt = true
  }
  generate = {
    path      = "backend.tf"
    if_exists = "overwrite_terragrunt"
  }
}

catalog {
  urls = [
    "https://github.com/example/infrastructure-modules",
  ]
}
