# web: the public site.
# Two lines of header.


include "root" {
  path = find_in_parent_folders()
}

dependency "api" {
  config_path  = "../api"
  skip_outputs = true
}
