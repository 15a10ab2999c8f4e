variable "hostname" { type = string }
variable "image_tag" { type = string }

module "mailserver" {
  source    = "./modules/mailserver"
  hostname  = var.hostname
  image_tag = var.image_tag
  tier      = local.tiers.edge
}
