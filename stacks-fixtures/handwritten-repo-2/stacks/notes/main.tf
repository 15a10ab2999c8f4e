variable "image" { type = string }

resource "kubernetes_namespace" "notes" {
  metadata {
    name = "notes"
    labels = {
      tier = local.tiers.edge
    }
  }
}

module "db" {
  source = "../../modules/db"
}
