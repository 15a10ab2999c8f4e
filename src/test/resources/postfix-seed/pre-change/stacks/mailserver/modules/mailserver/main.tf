resource "kubernetes_config_map" "mailserver_config" {
  metadata {
    name      = "mailserver-config"
    namespace = "mailserver"
    annotations = {
      "reloader.stakater.com/match" = "true"
    }
  }

  data = {
    "postfix-main.cf" = var.postfix_cf
    "dovecot.cf"      = var.dovecot_cf
  }
}
