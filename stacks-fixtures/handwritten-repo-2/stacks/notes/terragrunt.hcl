include "root" {
  path = find_in_parent_folders()
}

dependency "cache" {
  config_path  = "../cache"
  skip_outputs = true
}

dependency "mail" {
  config_path  = "../mail"
  skip_outputs = true
}
