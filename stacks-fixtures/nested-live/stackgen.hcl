# Imported by stackgen import from a hand-kept repository.

stackgen {
  stacks_dir = "."
  root_file  = "root.hcl"
  header     = false
}

root {
  # Catalog-only: the units of a nested repository share one tier.
  tiers  = { default = "default" }
  layout = "exact"

  # Shared by every unit: state in S3, one key per unit folder.
  locals {
    account_vars = read_terragrunt_config(find_in_parent_folders("account.hcl"))
    region_vars  = read_terragrunt_config(find_in_parent_folders("region.hcl"))

    account_id = local.account_vars.locals.aws_account_id
    aws_region = local.region_vars.locals.aws_region
  }

  remote_state {
    backend = "s3"
    config = {
      encrypt        = true
      bucket         = "acme-tfstate-${local.account_id}-${local.aws_region}"
      key            = "${path_relative_to_include()}/tf.tfstate"
      region         = local.aws_region
      dynamodb_table = "tf-locks"
    }
    generate = {
      path      = "backend.tf"
      if_exists = "overwrite_terragrunt"
    }
  }

  generate "provider" {
    path      = "provider.tf"
    if_exists = "overwrite_terragrunt"
    contents  = <<EOF
provider "aws" {
  region              = "${local.aws_region}"
  allowed_account_ids = ["${local.account_id}"]
}
EOF
  }

  inputs = merge(
    local.account_vars.locals,
    local.region_vars.locals,
  )
}

shared "_envcommon/mysql.hcl" {
  locals {
    environment_vars = read_terragrunt_config(find_in_parent_folders("env.hcl"))
    env              = local.environment_vars.locals.environment
    base_source_url  = "git::https://git.example.org/modules/mysql.git"
  }

  # Every environment's database lives in that environment's VPC.
  dependency "vpc" {
    config_path = "${get_terragrunt_dir()}/../vpc"

    mock_outputs = {
      vpc_id = "vpc-mock"
    }
    mock_outputs_allowed_terraform_commands = ["validate", "plan"]
  }

  inputs = {
    name              = "mysql_${local.env}"
    instance_class    = "db.t3.micro"
    allocated_storage = 20
    vpc_id            = dependency.vpc.outputs.vpc_id
  }
}

shared "_envcommon/vpc.hcl" {
  # Common configuration for the vpc component, included by every environment's vpc unit.
  locals {
    environment_vars = read_terragrunt_config(find_in_parent_folders("env.hcl"))
    env              = local.environment_vars.locals.environment

    base_source_url = "git::https://git.example.org/modules/vpc.git"
  }

  terraform {
    source = "${local.base_source_url}?ref=v3.1.0"
  }

  inputs = {
    name = "vpc-${local.env}"
  }
}

shared "_envcommon/webserver-cluster.hcl" {
  locals {
    environment_vars = read_terragrunt_config(find_in_parent_folders("env.hcl"))
    env              = local.environment_vars.locals.environment
    base_source_url  = "git::https://git.example.org/modules/asg-alb-service.git"
  }
  dependency "vpc" {
    config_path = "${get_terragrunt_dir()}/../vpc"
  }
  dependency "mysql" {
    config_path  = "${get_terragrunt_dir()}/../mysql"
    skip_outputs = true
  }

  inputs = {
    name          = "web-${local.env}"
    instance_type = "t3.micro"
    min_size      = 2
    max_size      = 2
    server_port   = 8080
    vpc_id        = dependency.vpc.outputs.vpc_id
  }
}

shared "nonprod/account.hcl" {
  # Set account-wide variables. These are automatically pulled in to configure the remote state bucket in the root
  # root.hcl configuration.
  locals {
    account_name   = "nonprod"
    aws_account_id = "222222222222"
  }
}

shared "nonprod/us-east-1/dev/env.hcl" {
  locals {
    environment = "dev"
  }
}

stack "nonprod/us-east-1/dev/mysql" {
  tier   = "default"
  layout = "exact"

  include "root" { path = find_in_parent_folders("root.hcl") }

  include "envcommon" {
    path           = "${dirname(find_in_parent_folders("root.hcl"))}/_envcommon/mysql.hcl"
    expose         = true
    merge_strategy = "deep"
  }

  # Pinned ahead of the others while the upgrade is tested here.
  terraform {
    source = "${include.envcommon.locals.base_source_url}?ref=v0.9.0-rc1"
  }
}

stack "nonprod/us-east-1/dev/vpc" {
  tier   = "default"
  layout = "exact"

  # vpc for dev.

  include "root" {
    path = find_in_parent_folders("root.hcl")
  }

  include "envcommon" {
    path   = "${dirname(find_in_parent_folders("root.hcl"))}/_envcommon/vpc.hcl"
    expose = true
  }

  # Pinned ahead of the others while the upgrade is tested here.
  terraform {
    source = "${include.envcommon.locals.base_source_url}?ref=v0.9.0-rc1"
  }

  inputs = {
    cidr_block = "10.10.0.0/16"
  }
}

stack "nonprod/us-east-1/dev/webserver-cluster" {
  tier   = "default"
  layout = "exact"

  include "root" {
    path = find_in_parent_folders("root.hcl")
  }

  include "envcommon" {
    path = "${dirname(find_in_parent_folders("root.hcl"))}/_envcommon/webserver-cluster.hcl"
  }

  inputs = {
    min_size = 4
    max_size = 8
  }

}

shared "nonprod/us-east-1/qa/env.hcl" {
  # QA mirrors dev but with nightly teardown.
  locals {
    environment = "qa"

    teardown = true
  }
}

stack "nonprod/us-east-1/qa/mysql" {
  tier   = "default"
  layout = "exact"

  include "root" {
    path = find_in_parent_folders("root.hcl")
  }
  include "envcommon" {
    path           = "${dirname(find_in_parent_folders("root.hcl"))}/_envcommon/mysql.hcl"
    expose         = true
    merge_strategy = "deep"
  }

  terraform {
    source = "${include.envcommon.locals.base_source_url}?ref=v0.8.0"
  }
}

stack "nonprod/us-east-1/qa/vpc" {
  tier   = "default"
  layout = "exact"

  include "envcommon" {
    path   = "${dirname(find_in_parent_folders("root.hcl"))}/_envcommon/vpc.hcl"
    expose = true
  }

  include "root" { path = find_in_parent_folders("root.hcl") }

  # Pinned ahead of the others while the upgrade is tested here.
  terraform {
    source = "${include.envcommon.locals.base_source_url}?ref=v0.9.0-rc1"
  }

  inputs = {
    cidr_block = "10.11.0.0/16"
  }
}

stack "nonprod/us-east-1/qa/webserver-cluster" {
  tier   = "default"
  layout = "exact"

  # webserver-cluster for qa.

  include "root" { path = find_in_parent_folders("root.hcl") }

  include "envcommon" {
    path = "${dirname(find_in_parent_folders("root.hcl"))}/_envcommon/webserver-cluster.hcl"
  }

  # Reads the environment directly as well.
  locals {
    env_vars = read_terragrunt_config(find_in_parent_folders("env.hcl"))
  }

  inputs = {
    min_size = 4
    max_size = 8
  }
}

shared "nonprod/us-east-1/region.hcl" {
  locals {
    aws_region = "us-east-1"
  }
}

shared "nonprod/us-east-1/stage/env.hcl" {
  locals {
    environment   = "stage"
    instance_size = "medium"
  }

}

stack "nonprod/us-east-1/stage/mysql" {
  tier   = "default"
  layout = "exact"

  include "envcommon" {
    path           = "${dirname(find_in_parent_folders("root.hcl"))}/_envcommon/mysql.hcl"
    expose         = true
    merge_strategy = "deep"
  }

  include "root" { path = find_in_parent_folders("root.hcl") }

  # Pinned ahead of the others while the upgrade is tested here.
  terraform {
    source = "${include.envcommon.locals.base_source_url}?ref=v0.9.0-rc1"
  }
}

stack "nonprod/us-east-1/stage/vpc" {
  tier   = "default"
  layout = "exact"

  include "root" {
    path = find_in_parent_folders("root.hcl")
  }

  include "envcommon" {
    path   = "${dirname(find_in_parent_folders("root.hcl"))}/_envcommon/vpc.hcl"
    expose = true
  }

  terraform {
    source = "${include.envcommon.locals.base_source_url}?ref=v0.8.0"
  }

  inputs = {
    cidr_block = "10.12.0.0/16"
  }
}

stack "nonprod/us-east-1/stage/webserver-cluster" {
  tier   = "default"
  layout = "exact"

  include "root" {
    path = find_in_parent_folders("root.hcl")
  }

  include "envcommon" {
    path = "${dirname(find_in_parent_folders("root.hcl"))}/_envcommon/webserver-cluster.hcl"
  }

  inputs = {
    min_size = 4
    max_size = 8
  }
}

shared "prod/account.hcl" {
  locals {
    account_name   = "prod"
    aws_account_id = "111111111111" # billing: platform

    # Who may assume the deploy role.
    deploy_principals = [
      "arn:aws:iam::111111111111:role/ci",
      "arn:aws:iam::111111111111:role/breakglass",
    ]
  }

}

shared "prod/eu-west-1/dr/env.hcl" {
  # Disaster recovery copy of prod.

  locals {
    environment = "dr"
    protected   = true
  }
}

stack "prod/eu-west-1/dr/mysql" {
  tier   = "default"
  layout = "exact"

  include "root" {
    path = find_in_parent_folders("root.hcl")
  }
  include "envcommon" {
    path           = "${dirname(find_in_parent_folders("root.hcl"))}/_envcommon/mysql.hcl"
    expose         = true
    merge_strategy = "deep"
  }

  terraform {
    source = "${include.envcommon.locals.base_source_url}?ref=v0.8.0"
  }

  inputs = {
    instance_class    = "db.r6g.large"
    allocated_storage = 200
    # Never lose prod data.
    deletion_protection = true
  }

}

stack "prod/eu-west-1/dr/vpc" {
  tier   = "default"
  layout = "exact"

  # vpc for dr.

  include "envcommon" {
    path   = "${dirname(find_in_parent_folders("root.hcl"))}/_envcommon/vpc.hcl"
    expose = true
  }

  include "root" { path = find_in_parent_folders("root.hcl") }

  # Pinned ahead of the others while the upgrade is tested here.
  terraform {
    source = "${include.envcommon.locals.base_source_url}?ref=v0.9.0-rc1"
  }

  inputs = {
    cidr_block = "10.30.0.0/16"
  }
}

stack "prod/eu-west-1/dr/webserver-cluster" {
  tier   = "default"
  layout = "exact"

  include "root" { path = find_in_parent_folders("root.hcl") }

  include "envcommon" {
    path = "${dirname(find_in_parent_folders("root.hcl"))}/_envcommon/webserver-cluster.hcl"
  }

  # Reads the environment directly as well.
  locals {
    env_vars = read_terragrunt_config(find_in_parent_folders("env.hcl"))
  }

  inputs = {
    min_size = 4
    max_size = 8
  }
}

shared "prod/eu-west-1/region.hcl" {
  locals { aws_region = "eu-west-1" }
}

shared "prod/us-east-1/canary/env.hcl" {
  locals { environment = "canary" }
}

stack "prod/us-east-1/canary/mysql" {
  tier   = "default"
  layout = "exact"

  include "root" { path = find_in_parent_folders("root.hcl") }

  include "envcommon" {
    path           = "${dirname(find_in_parent_folders("root.hcl"))}/_envcommon/mysql.hcl"
    expose         = true
    merge_strategy = "deep"
  }

  # Pinned ahead of the others while the upgrade is tested here.
  terraform {
    source = "${include.envcommon.locals.base_source_url}?ref=v0.9.0-rc1"
  }
}

stack "prod/us-east-1/canary/vpc" {
  tier   = "default"
  layout = "exact"

  include "root" {
    path = find_in_parent_folders("root.hcl")
  }

  include "envcommon" {
    path   = "${dirname(find_in_parent_folders("root.hcl"))}/_envcommon/vpc.hcl"
    expose = true
  }

  terraform {
    source = "${include.envcommon.locals.base_source_url}?ref=v0.8.0"
  }

  inputs = {
    cidr_block = "10.21.0.0/16"
  }
}

stack "prod/us-east-1/canary/webserver-cluster" {
  tier   = "default"
  layout = "exact"

  include "root" {
    path = find_in_parent_folders("root.hcl")
  }

  include "envcommon" {
    path = "${dirname(find_in_parent_folders("root.hcl"))}/_envcommon/webserver-cluster.hcl"
  }

  inputs = {
    min_size = 4
    max_size = 8
  }
}

stack "prod/us-east-1/prod/dns" {
  tier   = "default"
  layout = "exact"

  include "root" {
    path = find_in_parent_folders("root.hcl")
  }

  terraform {
    source = "git::https://git.example.org/modules/dns.git?ref=v1.0.0"
  }

  dependency "web" {
    config_path = "../webserver-cluster"
  }
  dependency "dr_web" {
    config_path = "${get_terragrunt_dir()}/../../../eu-west-1/dr/webserver-cluster"
  }

  inputs = {
    primary   = dependency.web.outputs.alb_dns_name
    secondary = dependency.dr_web.outputs.alb_dns_name
  }
}

shared "prod/us-east-1/prod/env.hcl" {
  locals {
    environment   = "prod"
    instance_size = "large" # sized for peak
    protected     = true
  }
}

stack "prod/us-east-1/prod/mysql" {
  tier   = "default"
  layout = "exact"

  # mysql for prod.

  include "root" {
    path = find_in_parent_folders("root.hcl")
  }
  include "envcommon" {
    path           = "${dirname(find_in_parent_folders("root.hcl"))}/_envcommon/mysql.hcl"
    expose         = true
    merge_strategy = "deep"
  }

  terraform {
    source = "${include.envcommon.locals.base_source_url}?ref=v0.8.0"
  }

  inputs = {
    instance_class    = "db.r6g.large"
    allocated_storage = 200
    # Never lose prod data.
    deletion_protection = true
  }
}

stack "prod/us-east-1/prod/vpc" {
  tier   = "default"
  layout = "exact"

  include "root" { path = find_in_parent_folders("root.hcl") }

  include "envcommon" {
    path   = "${dirname(find_in_parent_folders("root.hcl"))}/_envcommon/vpc.hcl"
    expose = true
  }

  # Pinned ahead of the others while the upgrade is tested here.
  terraform {
    source = "${include.envcommon.locals.base_source_url}?ref=v0.9.0-rc1"
  }

  inputs = {
    cidr_block = "10.20.0.0/16"
  }

}

stack "prod/us-east-1/prod/webserver-cluster" {
  tier   = "default"
  layout = "exact"

  include "envcommon" {
    path = "${dirname(find_in_parent_folders("root.hcl"))}/_envcommon/webserver-cluster.hcl"
  }

  include "root" { path = find_in_parent_folders("root.hcl") }

  inputs = {
    min_size = 4
    max_size = 8
  }
}

shared "prod/us-east-1/region.hcl" {
  # Primary region.
  locals {
    aws_region = "us-east-1"
    azs        = ["us-east-1a", "us-east-1b", "us-east-1c"]
  }
}
