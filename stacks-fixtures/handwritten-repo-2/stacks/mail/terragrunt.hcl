# mail: docker-mailserver.

include "root" {
  path = find_in_parent_folders()
}

dependency "ingress" {
  config_path  = "../ingress"
  skip_outputs = true
}

inputs = {
  hostname = "mail.example.net"
}

