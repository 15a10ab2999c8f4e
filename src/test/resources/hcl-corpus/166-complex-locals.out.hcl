locals {
  name_prefix = "${var.project}-${var.environment}"
  common_tags = merge(var.tags, {
    Project     = var.project
    Environment = var.environment
    ManagedBy   = "terraform"
  })
  subnet_map = { for idx, s in var.subnets : s.name => {
    cidr = s.cidr
    az   = element(var.azs, idx % length(var.azs))
  } }
  enabled_services = [for k, v in var.services : k if v.enabled]
}
