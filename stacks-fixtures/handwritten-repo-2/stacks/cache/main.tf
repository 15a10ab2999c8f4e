module "cache" {
  source   = "./modules/redis"
  memory   = var.memory
  password = var.password
  tier     = local.tiers.aux
} # redis
