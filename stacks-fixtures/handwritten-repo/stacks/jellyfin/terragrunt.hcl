# jellyfin: media server, hardware transcoding on the GPU node.

include "root" {
  path = find_in_parent_folders()
}

dependency "platform" {
  config_path  = "../platform"
  skip_outputs = true
}

dependency "nfs-csi" {
  config_path  = "../nfs-csi"
  skip_outputs = true
}

inputs = {
  media_paths = ["/volume1/media/movies", "/volume1/media/tv", "/volume1/media/music"]
}
