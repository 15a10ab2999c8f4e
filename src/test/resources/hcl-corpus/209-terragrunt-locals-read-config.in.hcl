locals {
env_vars = read_terragrunt_config(find_in_parent_folders("env.hcl"))
account_vars = read_terragrunt_config(find_in_parent_folders("account.hcl"))
environment = local.env_vars.locals.environment
account_id = local.account_vars.locals.aws_account_id
}
