locals {
  # Tier-0 stacks keep local state: they are applied before the state database exists.
  tier0_stacks = []
  stack_name   = basename(get_terragrunt_dir())
  is_tier0     = contains(local.tier0_stacks, local.stack_name)
  local_backend = {
    path = "${get_parent_terragrunt_dir()}/state/stacks/${local.stack_name}/terraform.tfstate"
  }
  pg_backend = {
    conn_str    = get_env("PG_CONN_STR")
    schema_name = local.stack_name
  }
  tiers = {
    base = "1-base"
    apps = "2-apps"
  }
}

remote_state {
  backend = local.is_tier0 ? "local" : "pg"
  config  = local.is_tier0 ? local.local_backend : local.pg_backend
  generate = {
    path      = "backend.tf"
    if_exists = "overwrite_terragrunt"
  }
}

generate "tiers" {
  path      = "tiers.tf"
  if_exists = "overwrite_terragrunt"
  contents  = <<EOF
locals {
  tiers = {
    base = "1-base"
    apps = "2-apps"
  }
}
EOF
}
