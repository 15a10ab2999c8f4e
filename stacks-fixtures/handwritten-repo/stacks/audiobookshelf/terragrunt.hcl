# audiobookshelf: audiobooks and podcasts.

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

  library_path = "/volume1/media/audiobooks"

}
