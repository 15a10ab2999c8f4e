locals {
  version = "v1.9.0"
}

stack "billing" {
  source = "../../catalog/stacks/service"
  path   = "billing"
  values = {
    name    = "dev-billing"
    version = local.version
  }
}

stack "orders" {
  source = "../../catalog/stacks/service"
  path   = "orders"
  values = {
    name    = "dev-orders"
    version = local.version
  }
}