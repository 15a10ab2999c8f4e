[#-- One-time scaffold for `stackgen new NAME --kind app`: hand-owned afterwards, never regenerated. --]
# [=file.name]: web app in its own namespace. Written once by `stackgen new --kind app`;
# this file is yours: stackgen never overwrites it.

variable "tls_secret_name" { type = string }

variable "image" {
  type    = string
  default = "[=file.name]:latest"
}

resource "kubernetes_namespace" "app" {
  metadata {
    name = [=file.namespace]
  }
}

module "tls_secret" {
  source          = "../../modules/kubernetes/setup_tls_secret"
  namespace       = kubernetes_namespace.app.metadata[0].name
  tls_secret_name = var.tls_secret_name
}

resource "kubernetes_deployment" "app" {
  metadata {
    name      = [=file.namespace]
    namespace = kubernetes_namespace.app.metadata[0].name
    labels = {
      app = [=file.namespace]
    }
  }

  spec {
    replicas = 1

    selector {
      match_labels = {
        app = [=file.namespace]
      }
    }

    template {
      metadata {
        labels = {
          app = [=file.namespace]
        }
      }

      spec {
        container {
          name  = [=file.namespace]
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
    name      = [=file.namespace]
    namespace = kubernetes_namespace.app.metadata[0].name
  }

  spec {
    selector = {
      app = [=file.namespace]
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
  name            = [=file.namespace]
  service_name    = kubernetes_service.app.metadata[0].name
  port            = 80
  tls_secret_name = var.tls_secret_name

  # DNS: "public" also creates the Cloudflare record, "internal" only the local one.
  dns_type = "internal"
  # Auth: "authentik" puts the app behind forward auth, "none" leaves it open.
  auth = "authentik"

  tier = local.tiers.[=file.tier]
}
