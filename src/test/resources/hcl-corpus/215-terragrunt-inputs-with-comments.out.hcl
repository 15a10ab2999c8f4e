inputs = {
  # --- identity ---
  name      = "mailserver" # release name
  namespace = "mail"       # k8s namespace

  // --- sizing ---
  replicas = 1
  /* storage */
  storage_size       = "10Gi"
  storage_class_name = "local-path" # default class
}
