# =============================================================================
# Monitoring Stack
# =============================================================================
# Two module calls (metrics and probes) and a helm release: stays hand-written.

variable "tls_secret_name" { type = string }
variable "retention" { type = string }
variable "retention_size" { type = string }
variable "critical_alerts" { type = list(string) }
variable "grafana_hostname" { type = string }

data "vault_kv_secret_v2" "secrets" {
  mount = "secret"
  name  = "monitoring"
}

module "prometheus" {
  source          = "./modules/prometheus"
  tls_secret_name = var.tls_secret_name
  retention       = var.retention
  retention_size  = var.retention_size
  critical_alerts = var.critical_alerts

  alertmanager_ntfy_token = data.vault_kv_secret_v2.secrets.data["ntfy_token"]
  tier                    = local.tiers.platform
}

module "blackbox" {
  source = "./modules/blackbox"
  # Every public name from platform, plus the mail ports checked as TCP.
  http_targets = ["https://lab.example.net", "https://${var.grafana_hostname}"]
  tcp_targets  = ["mail.lab.example.net:25", "mail.lab.example.net:993"]
  depends_on   = [module.prometheus]
}

resource "helm_release" "pushgateway" {
  name       = "pushgateway"
  namespace  = "monitoring"
  repository = "https://prometheus-community.github.io/helm-charts"
  chart      = "prometheus-pushgateway"
  version    = "2.15.0"

  values = [<<-EOT
    serviceMonitor:
      enabled: true
    persistentVolume:
      enabled: false
  EOT
  ]
}
