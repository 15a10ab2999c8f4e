# <app>: one line on what it is and who uses it.
#
# Copy this folder to stacks/<app>, rename main.tf.example to main.tf and
# replace every <placeholder>. Keep a comment above each dependency saying why.

include "root" {
  path = find_in_parent_folders()
}

# Creates the namespace, TLS secret and DNS record.
dependency "platform" {
  config_path  = "../platform"
  skip_outputs = true
}

inputs = {
  # image_tag = "<version>"
}
