# The mailserver module. Only the part that carries the overlays is kept in
# this fixture; the StatefulSet, services and PVCs are elsewhere in the real
# module.

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
    "postfix-virtual.cf" = join("\n", [
      for from, to in var.aliases : "${from} ${to}"
    ])
  }
}
