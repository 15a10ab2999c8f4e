# wiki: team notes, stored in db.

include "root" {
  path = find_in_parent_folders()
}

# The wiki creates its schema on first start.
dependency "db" {
  config_path  = "../db"
  skip_outputs = true
}

inputs = {
  hostname = "wiki.example.net"
}
