# Formerly tier = local.tiers.edge; now an app.
variable "db_url" { type = string }

resource "kubernetes_deployment" "api" {
  metadata {
    name   = "api"
    labels = { tier = local.tiers.apps }
  }
}
