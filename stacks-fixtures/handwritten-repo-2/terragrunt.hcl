# Root configuration of the lab: state per tier, shared providers, tiers.
locals {
  tier0_stacks = ["base", "vault-init"]
  stack_name   = basename(path_relative_to_include())
  is_tier0     = contains(local.tier0_stacks, local.stack_name)
}

remote_state {
  backend = local.is_tier0 ? "local" : "pg"
  generate = {
    path      = "backend.tf"
    if_exists = "overwrite_terragrunt"
  }
  config = local.is_tier0 ? { path = "${get_repo_root()}/state/${local.stack_name}.tfstate" } : {
    conn_str = get_env("PG_CONN_STR")
  }
}

# Generate shared tiers locals for all stacks.
generate "tiers" {
  path      = "tiers.tf"
  if_exists = "overwrite_terragrunt"
  contents  = <<EOF
locals {
  tiers = {
    core    = "0-core"
    cluster = "1-cluster"
    # Things people click on.
    edge = "3-edge"
    aux  = "4-aux" # odds and ends
  }
}
EOF
}

generate "k8s_providers" {
  path      = "providers.tf"
  if_exists = "overwrite_terragrunt"
  contents  = <<EOF
variable "kube_config_path" {
  type    = string
  default = "~/.kube/config"
}

variable "vault_addr" { type = string }

provider "kubernetes" {
  config_path = pathexpand(var.kube_config_path)
}
EOF
}

inputs = {
  kube_config_path = get_env("KUBECONFIG", "~/.kube/config")
  vault_addr       = "https://vault.lab.example.net"
}
