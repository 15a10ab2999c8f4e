# Root terragrunt configuration: every stack includes this file.
locals {
  tiers = { core = "0-core", cluster = "1-cluster", edge = "3-edge", aux = "4-aux" }
  # Parse the stack path to find its tier.
  stack_name = basename(get_terragrunt_dir())
  state_bucket = "tfstate-homelab"
}

remote_state {
  backend = "s3"
  generate = {
    path = "backend.tf"
    if_exists = "overwrite_terragrunt"
  }
  config = {
    bucket = local.state_bucket
    key = "${path_relative_to_include()}/terraform.tfstate"
    region = "eu-west-1"
    encrypt = true
    dynamodb_table = "tfstate-lock"
  }
}

generate "provider" {
  path      = "provider.tf"
  if_exists = "overwrite_terragrunt"
  contents  = <<EOF
provider "kubernetes" {
  config_path = var.kube_config_path
}

provider "vault" {
  address = "https://vault.example.com"
}
EOF
}

generate "versions" {
  path = "versions.tf"
  if_exists = "overwrite_terragrunt"
  contents = <<-EOF
    terraform {
      required_providers {
        kubernetes = {
          source  = "hashicorp/kubernetes"
          version = ">= 3.2.1"
        }
      }
    }
  EOF
}

inputs = {
  kube_config_path = "${get_repo_root()}/config" # shared kubeconfig
  tier = lookup(local.tiers, "core", "0-core")
}
