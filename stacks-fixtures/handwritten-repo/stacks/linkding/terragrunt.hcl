# linkding: bookmarks. SQLite, no database dependency.

include "root" {
  path = find_in_parent_folders()
}

dependency "platform" {
  config_path  = "../platform"
  skip_outputs = true
}

# Login via Authentik proxy headers (LD_ENABLE_AUTH_PROXY).
dependency "authentik" {
  config_path  = "../authentik"
  skip_outputs = true
}
