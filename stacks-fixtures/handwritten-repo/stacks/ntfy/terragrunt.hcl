# ntfy: push notifications; Alertmanager and Woodpecker post here.

include "root" {
  path = find_in_parent_folders()
}

dependency "platform" {
  config_path  = "../platform"
  skip_outputs = true
}

inputs = {
  base_url = "https://ntfy.lab.example.net"

  # Topics that may be read without login (status only, nothing private).
  public_topics = ["status"]
}
