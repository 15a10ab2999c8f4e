# backup: restic CronJobs for every PVC labelled backup=daily, to the NAS and
# to B2. Alerting on stale snapshots lives in monitoring (BackupTooOld).

include "root" {
  path = find_in_parent_folders()
}

dependency "nfs-csi" {
  config_path  = "../nfs-csi"
  skip_outputs = true
}

dependency "monitoring" {
  config_path  = "../monitoring"
  skip_outputs = true
}

locals {
  schedules = {
    daily  = "30 2 * * *"
    weekly = "0 4 * * 0"
  }
}

inputs = {
  schedules = local.schedules

  keep_daily   = 7
  keep_weekly  = 4
  keep_monthly = 6

  b2_bucket = "homelab-restic"
}
