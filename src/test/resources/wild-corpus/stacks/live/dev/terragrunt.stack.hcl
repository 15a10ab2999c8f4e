locals {
  env = "dev"
}

unit "vpc" {
  source = "../../units/vpc"
  path   = "vpc"
  values = {
    env = local.env
  }
}

stack "services" {
  source = "../../stacks/services"
  path   = "services"
}
