locals {
  env = read_terragrunt_config(find_in_parent_folders("environment.hcl")).locals
}

unit "vpc" {
  source = "git::https://git.example.org/infra-catalog.git//units/vpc?ref=v2.5.0-rc.1"
  path   = "vpc"
  values = {
    project = local.env.project
    cidr    = "10.0.0.0/16"
  }
}

unit "nat" {
  source = "git::https://git.example.org/infra-catalog.git//units/nat?ref=v2.5.0-rc.1"
  path   = "nat"
  values = { vpc_path = "../vpc" }
}
