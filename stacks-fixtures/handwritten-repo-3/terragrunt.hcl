locals {
  tier_0     = ["boot"]
  stack_name = basename(get_terragrunt_dir())
}

remote_state {
  backend = contains(local.tier_0, local.stack_name) ? "local" : "s3"
  config = {
    bucket = "tf-state"
    key    = "${local.stack_name}/terraform.tfstate"
  }
}

generate "tiers" {
  path      = "tiers.tf"
  if_exists = "overwrite"
  contents  = file("${get_repo_root()}/tiers.tf")
}

