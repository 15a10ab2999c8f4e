# board: web app in its own namespace. Written once by `stackgen new --kind app`;
# this file is yours: stackgen never overwrites it.

variable "tls_secret_name" { type = string }

variable "image" {
  type    = string
  default = "board:latest"
}

resource "kubernetes_namespace" "app" {
  metadata {
    name = "board"
  }
}

module "tls_secret" {
  source          = "../../modules/kubernetes/setup_tls_secret"
  namespace       = kubernetes_namespace.app.metadata[0].name
  tls_secret_name = var.tls_secret_name
}

resource "kubernetes_deployment" "app" {
  metadata {
    name      = "board"
    namespace = kubernetes_namespace.app.metadata[0].name
    labels = {
      app = "board"
    }
  }

  spec {
    replicas = 1

    selector {
      match_labels = {
        app = "board"
      }
    }

    template {
      metadata {
        labels = {
          app = "board"
        }
      }

      spec {
        container {
          name  = "board"
          image = var.image

          port {
            container_port = 8080
          }

          resources {
            requests = {
              cpu    = "50m"
              memory = "64Mi"
            }
            limits = {
              memory = "256Mi"
            }
          }
        }
      }
    }
  }
}

resource "kubernetes_service" "app" {
  metadata {
    name      = "board"
    namespace = kubernetes_namespace.app.metadata[0].name
  }

  spec {
    selector = {
      app = "board"
    }

    port {
      port        = 80
      target_port = 8080
    }
  }
}

module "ingress" {
  source          = "../../modules/kubernetes/ingress_factory"
  namespace       = kubernetes_namespace.app.metadata[0].name
  name            = "board"
  service_name    = kubernetes_service.app.metadata[0].name
  port            = 80
  tls_secret_name = var.tls_secret_name

  # DNS: "public" also creates the Cloudflare record, "internal" only the local one.
  dns_type = "internal"
  # Auth: "authentik" puts the app behind forward auth, "none" leaves it open.
  auth = "authentik"

  tier = local.tiers.apps
}
