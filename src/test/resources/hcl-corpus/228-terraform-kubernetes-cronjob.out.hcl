resource "kubernetes_cron_job_v1" "probe" {
  metadata {
    name      = "email-roundtrip-monitor"
    namespace = var.namespace
  }
  spec {
    schedule           = "*/10 * * * *"
    concurrency_policy = "Forbid"
    job_template {
      metadata {}
      spec {
        backoff_limit = 0
        template {
          metadata {}
          spec {
            restart_policy = "Never"
            container {
              name    = "probe"
              image   = "python:3.12-slim"
              command = ["python", "/probe/probe.py"]
              env {
                name  = "IMAP_TIMEOUT"
                value = "180"
              }
            }
          }
        }
      }
    }
  }
}
