# monitoring: kube-prometheus-stack, Alertmanager routes to ntfy and email,
# Grafana with Authentik login, blackbox probes for every public name.

include "root" {
  path = find_in_parent_folders()
}

dependency "platform" {
  config_path  = "../platform"
  skip_outputs = true
}

# Grafana logs in through Authentik (generic OAuth).
dependency "authentik" {
  config_path  = "../authentik"
  skip_outputs = true
}

dependency "nfs-csi" {
  config_path  = "../nfs-csi"
  skip_outputs = true
}

inputs = {
  retention      = "30d"
  retention_size = "45GB"

  # Alerts that page. Everything else goes to the daily digest.
  critical_alerts = [
    "KubeNodeNotReady",
    "VaultSealed",
    "EmailRoundtripStale",
    "BackupTooOld",
  ]

  grafana_hostname = "grafana.lab.example.net" # also in Authentik's redirect URIs
}
