# stakater/reloader: rolls deployments when a ConfigMap or Secret they mount
# changes (the mailserver relies on this for main.cf changes).
include "root" {
  path = find_in_parent_folders()
}

dependency "calico" {
  config_path  = "../calico"
  skip_outputs = true
}

inputs = {
  chart_version = "1.2.0"
  watch_globally = false # only annotated workloads
}
