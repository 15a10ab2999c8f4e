# website: the static site, built by Woodpecker and served by nginx.
include "root" {
  path = find_in_parent_folders()
}
dependency "platform" {
  config_path  = "../platform"
  skip_outputs = true
}
inputs = {
  hostnames = ["lab.example.net", "www.lab.example.net"]
}
