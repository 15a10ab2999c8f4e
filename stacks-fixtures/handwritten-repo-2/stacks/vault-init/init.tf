resource "null_resource" "unseal" {
  triggers = {
    tier = local.tiers.core
  }
}
