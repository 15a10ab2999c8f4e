# dbaas: the shared CloudNativePG cluster (3 instances) and MariaDB, plus one
# database and role per app, declared in var.databases.

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

locals {
  # Apps that get a Postgres database. Passwords are generated and written
  # to secret/<app>/db in Vault.
  pg_apps = ["authentik", "forgejo", "woodpecker", "nextcloud", "immich", "paperless", "miniflux", "hedgedoc", "n8n", "mealie"]
}

inputs = {
  databases = { for app in local.pg_apps : app => { owner = app } }

  pg_instances = 3
  pg_version   = "16"

  # MariaDB only for the one app that still needs it.
  mariadb_databases = ["webmail"]
}
