locals {
  index = "docs"
}
locals {
  shards = 2 # one per node
}

module "search" {
  source = "./modules/opensearch"
  index  = local.index
  shards = local.shards
  tier   = local.tiers.cluster
}

output "url" {
  value       = module.search.url
  description = "Where the cluster answers."
}

output "admin_password" {
  value     = module.search.admin_password
  sensitive = true
}
