locals {
  tiers = { core = "0-core", apps = "2-apps", edge = "3-edge" }
}
