# vaultwarden: password manager. SQLite on a Longhorn-free local PV on purpose
# (NFS + SQLite locking do not mix); backed up hourly by backup.

include "root" {
  path = find_in_parent_folders()
}

dependency "platform" {
  config_path  = "../platform"
  skip_outputs = true
}

# Invitation and 2FA mails.
dependency "mailserver" {
  config_path  = "../mailserver"
  skip_outputs = true
}

dependency "backup" {
  config_path  = "../backup"
  skip_outputs = true
}

inputs = {
  signups_allowed = false
  domain          = "https://vault-pw.lab.example.net"
}
