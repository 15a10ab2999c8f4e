
include "root" {
  path = find_in_parent_folders()
}

dependency "db" {
  config_path = "../db"
}
