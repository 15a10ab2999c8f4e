terraform {
  required_version = ">= 1.5.0"
  required_providers {
    kubernetes = {
      source = "hashicorp/kubernetes"
      version = ">= 3.2.1"
    }
    helm = {
      source  = "hashicorp/helm"
      version = "~> 2.12"
    }
    vault = { source = "hashicorp/vault" }
  }
}

data "vault_kv_secret_v2" "mail" {
  mount = "secret"
  name = "mailserver"
}

locals {
  labels = {
    "app.kubernetes.io/name" = "mailserver"
    "app.kubernetes.io/managed-by" = "terraform"
  }
  ports = [25, 465, 587, 993]
}

resource "kubernetes_namespace" "mail" {
  metadata {
    name = var.namespace
    labels = local.labels
  }
}

resource "kubernetes_deployment" "mailserver" {
  metadata {
    name = "mailserver"
    namespace = kubernetes_namespace.mail.metadata[0].name
    labels = local.labels
  }
  spec {
    replicas = var.replicas
    selector {
      match_labels = local.labels
    }
    template {
      metadata { labels = local.labels }
      spec {
        container {
          name = "docker-mailserver"
          image = var.mailserver_image
          dynamic "port" {
            for_each = local.ports
            content {
              container_port = port.value
            }
          }
          env {
            name = "POSTFIX_MESSAGE_SIZE_LIMIT"
            value = "52428800"
          }
          resources {
            limits = { memory = var.memory_limit }
            requests = { cpu = var.cpu_request, memory = "256Mi" }
          }
        }
      }
    }
  }
}

module "probe" {
  source = "../probe"
  namespace = var.namespace
  smtp_password = data.vault_kv_secret_v2.mail.data["probe_password"]
  schedule = "*/10 * * * *"
}

output "service_name" {
  value = kubernetes_deployment.mailserver.metadata[0].name
  description = "Name of the mailserver deployment"
}
