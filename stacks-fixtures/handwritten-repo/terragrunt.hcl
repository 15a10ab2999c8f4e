# Root Terragrunt configuration for the homelab.
#
# Every stack under stacks/ includes this file. It decides where a stack keeps
# its state, generates the provider configuration shared by all stacks, and
# passes the repo-wide settings from config.tfvars as inputs.
#
# Keep this file boring: a mistake here touches every stack at once.

locals {
  # Apply tiers. A stack may only depend on stacks in its own tier or a lower
  # one; scripts/tg applies tier by tier in this order.
  tiers = {
    core     = "0-core"
    cluster  = "1-cluster"
    platform = "2-platform"
    edge     = "3-edge"
    aux      = "4-aux"
  }

  # Tier-0 stacks keep their state in local files under state/stacks/ (encrypted
  # with git-crypt). They build what the pg backend itself runs on, so they
  # cannot store their state in it: chicken and egg.
  tier0_stacks = [
    "infra",
    "proxmox",
    "k8s-bootstrap",
    "vault-bootstrap",
    "state-db",
  ]

  stack_name = basename(path_relative_to_include())
  is_tier0   = contains(local.tier0_stacks, local.stack_name)

  # CI sets PG_CONN_STR from Vault; on a laptop the port-forward default works.
  pg_conn_str = get_env("PG_CONN_STR", "postgres://terraform@127.0.0.1:15432/terraform_state?sslmode=disable")
}

remote_state {
  backend = local.is_tier0 ? "local" : "pg"

  generate = {
    path      = "backend.tf"
    if_exists = "overwrite_terragrunt"
  }

  config = local.is_tier0 ? {
    path = "${get_repo_root()}/state/stacks/${local.stack_name}/terraform.tfstate"
    } : {
    conn_str = local.pg_conn_str
    # One schema per stack; Postgres identifiers do not like dashes.
    schema_name = "tf_${replace(local.stack_name, "-", "_")}"
  }
}

# Shared providers. Stacks that need something else (infra, proxmox) override
# this block with their own generate "provider".
generate "provider" {
  path      = "providers.tf"
  if_exists = "overwrite_terragrunt"
  contents  = <<EOF
terraform {
  required_version = ">= 1.6.0"

  required_providers {
    kubernetes = {
      source  = "hashicorp/kubernetes"
      version = "~> 2.35"
    }
    helm = {
      source  = "hashicorp/helm"
      version = "~> 2.17"
    }
    vault = {
      source  = "hashicorp/vault"
      version = "~> 4.5"
    }
  }
}

variable "kube_config_path" {
  type    = string
  default = "~/.kube/config"
}

provider "kubernetes" {
  config_path = pathexpand(var.kube_config_path)
}

provider "helm" {
  kubernetes {
    config_path = pathexpand(var.kube_config_path)
  }
}

# VAULT_TOKEN comes from `vault login -method=oidc` (or the CI kubernetes auth).
provider "vault" {
  address          = "https://vault.lab.example.net"
  skip_child_token = true
}
EOF
}

# The tiers map is also needed inside Terraform (modules label namespaces with
# their tier), so it is rendered into every stack as a local.
generate "tiers" {
  path      = "tiers.tf"
  if_exists = "overwrite_terragrunt"
  contents  = <<-EOT
    locals {
      tiers = ${jsonencode(local.tiers)}
    }
  EOT
}

inputs = merge(
  # Repo-wide settings: domain, NFS server, TLS secret name, ...
  jsondecode(read_tfvars_file("${get_repo_root()}/config.tfvars")),

  # A stack may carry its own terraform.tfvars; it wins over the shared file.
  try(jsondecode(read_tfvars_file("${get_terragrunt_dir()}/terraform.tfvars")), {}),

  {
    kube_config_path = get_env("KUBECONFIG", "~/.kube/config")
  },
)
