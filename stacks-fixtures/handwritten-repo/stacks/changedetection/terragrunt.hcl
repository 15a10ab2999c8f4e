# changedetection.io with a headless chrome sidecar.

include "root" {
  path = find_in_parent_folders()
}

dependency "platform" {
  config_path  = "../platform"
  skip_outputs = true
}

dependency "ntfy" {
  config_path  = "../ntfy"
  skip_outputs = true
} # notifications go to ntfy topic "changes"

inputs = {
  fetch_workers = 4
}
