# miniflux: RSS reader.

include "root" {
  path = find_in_parent_folders()
}

// Postgres database "miniflux".
dependency "db" {
  config_path  = "../dbaas"
  skip_outputs = true
}

dependency "authentik" {
  config_path  = "../authentik"
  skip_outputs = true
}

inputs = {
  polling_frequency = 30 // minutes
}
