# frigate: NVR for the four cameras. Coral TPU on k8s-worker-3.

include "root" {
    path = find_in_parent_folders()
}

dependency "home-assistant" {
    config_path  = "../home-assistant"
    skip_outputs = true
}

dependency "nfs-csi" {
    config_path  = "../nfs-csi"
    skip_outputs = true
}

inputs = {
    cameras = ["driveway", "garden", "garage", "door"]
    record_retain_days = 10
}
