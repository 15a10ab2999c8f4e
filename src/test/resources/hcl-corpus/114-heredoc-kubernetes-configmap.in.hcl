resource "kubernetes_config_map" "cfg" {
metadata {
name = "cfg"
namespace = var.namespace
}
data = {
"nginx.conf" = <<-EOF
    server {
      listen 80;
      location / {
        proxy_pass http://${var.upstream};
      }
    }
  EOF
"env" = "prod"
}
}
