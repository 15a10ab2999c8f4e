locals {
tiers = {
core = "0-core"
cluster = "1-cluster"
edge = "3-edge"
aux = "4-aux"
}
tier_order = [for t in ["core", "cluster", "edge", "aux"] : local.tiers[t]]
}
