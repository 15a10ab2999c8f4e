# navidrome: music streaming (Subsonic API). Same music share as jellyfin.

include "root" {
  path = find_in_parent_folders()
}

dependency "platform" {
  config_path  = "../platform"
  skip_outputs = true
}

dependency "jellyfin" { # shares the media PV created there
  config_path  = "../jellyfin"
  skip_outputs = true
}

inputs = {
  music_path    = "/volume1/media/music"
  scan_schedule = "@every 1h"
}
