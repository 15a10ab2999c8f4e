# Production: changes go through the release train.
locals {
  env     = "prod"
  project = "acme-prod-9902"

  approvers = ["sre"]
}

