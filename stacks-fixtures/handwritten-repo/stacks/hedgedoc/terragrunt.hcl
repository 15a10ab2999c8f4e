# hedgedoc: collaborative markdown notes.

include "root" {
  path = find_in_parent_folders()
}

dependency "dbaas" {
  config_path  = "../dbaas"
  skip_outputs = true
}

dependency "authentik" {
  config_path  = "../authentik"
  skip_outputs = true
}

# Uploaded images go to the NFS share, not to a database; platform is only
# needed for the namespace.
dependency "platform" {
  config_path  = "../platform"
  skip_outputs = true
}
