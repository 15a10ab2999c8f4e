labels = {
  "app.kubernetes.io/name"     = "mail"
  "app"                        = "x"
  "k8s.io/very-long-label-key" = "y"
}
