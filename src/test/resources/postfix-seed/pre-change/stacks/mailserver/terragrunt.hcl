# docker-mailserver 15.0.0; the Postfix overlay is var.postfix_cf in
# modules/mailserver/variables.tf.

include "root" {
  path = find_in_parent_folders()
}

dependency "reloader" {
  config_path  = "../reloader"
  skip_outputs = true
}

inputs = {
  hostname  = "mail.example.net"
  image_tag = "15.0.0"
}
