[#-- The repository's root terragrunt.hcl: state backend per tier, shared providers, tiers. --]
[#list file.preamble as line]
[=line]
[/#list]
locals {
  # Tier-0 stacks keep local state: they are applied before the state database exists.
  tier0_stacks = [=file.tier0Stacks]
  stack_name = basename(get_terragrunt_dir())
  is_tier0 = contains(local.tier0_stacks, local.stack_name)
  local_backend = {
    path = [=file.localStatePath]
  }
  pg_backend = {
    conn_str = [=file.pgConnStr]
    schema_name = local.stack_name
  }
[#list file.locals as line]
  [=line]
[/#list]
}

remote_state {
  backend = local.is_tier0 ? "local" : "pg"
  config = local.is_tier0 ? local.local_backend : local.pg_backend
  generate = {
    path = "backend.tf"
    if_exists = "overwrite_terragrunt"
  }
}

generate "tiers" {
  path = "tiers.tf"
  if_exists = "overwrite_terragrunt"
  contents = <<[=file.tiersTf.delimiter]
[=file.tiersTf.body][=file.tiersTf.delimiter]
}
[#if file.providersTf??]

generate "providers" {
  path = "providers.tf"
  if_exists = "overwrite_terragrunt"
  contents = <<[=file.providersTf.delimiter]
[=file.providersTf.body][=file.providersTf.delimiter]
}
[/#if]
[#list file.extras as item]
[#list item.leading as line]
[=line]
[/#list]
[=item.text]
[/#list]
[#list file.footer as line]
[=line]
[/#list]
