

locals {
  # Redis keeps a copy per zone.
  replicas = 3
  # zones come later
} # derived from the zone count

data "vault_kv_secret_v2" "redis" {
  name  = "cache/redis" # where ops put it
  mount = "kv"
  # version pinned by ops when needed
} # read at plan time

module "cache" { # a Redis cluster
  source   = "./modules/redis"
  replicas = local.replicas
  password = data.vault_kv_secret_v2.redis.data["password"]
  memory   = var.memory
  tier     = local.tiers.apps
  # eviction = "allkeys-lru"
}

# Sizing, kept at the bottom where people look for it.
variable "memory" {
  type    = string
  default = "1Gi"
}

output "endpoint" {
  value = module.cache.endpoint # host:port
}
moved {
  from = module.redis
  to   = module.cache
}

# end of main.tf
