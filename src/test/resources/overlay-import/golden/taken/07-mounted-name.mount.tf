resource "kubernetes_config_map" "mailserver_config" {
  metadata {
    name = "mailserver-config"
  }
  data = {
    "postfix-main.cf" = var.mail_overlay
  }
}
