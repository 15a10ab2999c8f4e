# state-db: the small Postgres (CloudNativePG, 1 instance) that holds the
# Terraform state of every non tier-0 stack. It cannot keep its own state in
# itself, hence tier 0.

include "root" {
  path = find_in_parent_folders()
}

dependency "k8s-bootstrap" {
  config_path  = "../k8s-bootstrap"
  skip_outputs = true
}

# Backups go to the NAS; the NFS export is created by infra.
dependency "infra" {
  config_path  = "../infra"
  skip_outputs = true
}

inputs = {
  storage_size = "5Gi"
  # Nightly base backup, 14 days kept. Restoring this is step 2 of the
  # disaster recovery runbook (docs/dr.md), right after k8s-bootstrap.
  backup_schedule  = "0 0 3 * * *"
  backup_retention = "14d"
}
