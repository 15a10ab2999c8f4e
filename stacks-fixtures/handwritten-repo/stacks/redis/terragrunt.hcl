include "root" {
  path = find_in_parent_folders()
}

dependency "platform" {
  config_path  = "../platform"
  skip_outputs = true
}

inputs = {
  # Logical databases handed out per app; see docs/redis.md before reusing one.
  db_index = {
    authentik = 0
    immich    = 1
    nextcloud = 2
    paperless = 3
  }
}
