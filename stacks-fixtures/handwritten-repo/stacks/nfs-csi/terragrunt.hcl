# nfs-csi: the csi-driver-nfs storage class backed by the Synology.

include "root" {
  path = find_in_parent_folders()
}

dependency "calico" {
  config_path  = "../calico"
  skip_outputs = true
}



inputs = {
  nfs_server = "10.0.10.15"
  nfs_share  = "/volume1/k8s"

  # Retain: deleting a PVC must never delete the photos.
  reclaim_policy = "Retain"
}
