locals {
  version = "v1.8.0"
}

stack "billing" {
  source = "../../catalog/stacks/service"
  path   = "billing"
  values = {
    name    = "prod-billing"
    version = local.version
  }
}

stack "orders" {
  source = "../../catalog/stacks/service"
  path   = "orders"
  values = {
    name    = "prod-orders"
    version = local.version
  }
}