module "db" {
  source = "./modules/postgres"
  size   = var.size
  tier   = local.tiers.apps
}
