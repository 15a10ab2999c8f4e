# Fuzz seed: every feature of the catalog language in one small file.

stackgen {
  stacks_dir = "stacks" # the default
  header     = true
}

root {
  # Apply tiers, lowest first.
  tiers = {
    core     = "0-core" # local state
    platform = "2-platform"

    # Public-facing.
    edge = "3-edge"
  }

  provider "kubernetes" {
    source      = "hashicorp/kubernetes"
    version     = "~> 2.35"
    config_path = "~/.kube/config"
  }

  provider "vault" {
    source  = "hashicorp/vault"
    version = "~> 4.5"
  }

  local_state_path = "${get_repo_root()}/state/${local.stack_name}/terraform.tfstate"
  pg_conn_str      = get_env("PG_CONN_STR", "postgres://127.0.0.1/tf")

  locals {
    domain = "lab.example.net"
  }

  terraform_version_constraint = ">= 1.6"
}

defaults {
  # Namespaces and TLS secrets.
  dependency "platform" {}
}

# Bootstrap: DNS and the Proxmox user.
stack "infra" {
  tier  = "core"
  state = "local"

  generate "provider" {
    path      = "providers.tf"
    if_exists = "overwrite_terragrunt"
    contents  = <<EOF
terraform {
  required_providers {
    cloudflare = { source = "cloudflare/cloudflare" }
  }
}
EOF
  }
}

stack "platform" {
  tier = "platform"
  # Needs the DNS zone.
  dependency "infra" {}
}

# Webmail front end.
stack "webmail" {
  tier = "edge"

  # Registry credentials must exist first.
  dependency "kyverno" {
    mock_outputs = { ready = true }
  }

  inputs = {
    # Bump per deploy.
    image_tag = "v1.4.2"
    greeting  = "hello $${user} and %%{literal}"
    banner    = <<-EOT
      Welcome to ${local.domain}!
      Escaped: $${not_a_var}
    EOT
    list      = [for s in ["a", "b"] : upper(s) if s != "b"]
    nested    = { a = [1, 2.5, -3e2], b = { c = null } }
  }

  locals {
    name = "webmail-${local.domain}"
  }

  prevent_destroy = true
}

stack "kyverno" {
  tier         = "platform"
  use_defaults = false
  dependency "infra" {
    config_path  = "../infra"
    skip_outputs = false
  }
}
