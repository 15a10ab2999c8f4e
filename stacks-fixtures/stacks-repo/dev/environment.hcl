locals {
  env     = "dev"
  project = "acme-dev-4411"
}
