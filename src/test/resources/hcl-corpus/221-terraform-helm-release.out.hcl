resource "helm_release" "ingress" {
  name             = "ingress-nginx"
  repository       = "https://kubernetes.github.io/ingress-nginx"
  chart            = "ingress-nginx"
  version          = "4.10.0"
  namespace        = "ingress"
  create_namespace = true
  values = [yamlencode({
    controller = {
      replicaCount = 2
      service      = { type = "LoadBalancer" }
    }
  })]
  set {
    name  = "controller.metrics.enabled"
    value = "true"
  }
  set_sensitive {
    name  = "controller.admissionWebhooks.secret"
    value = var.webhook_secret
  }
}
