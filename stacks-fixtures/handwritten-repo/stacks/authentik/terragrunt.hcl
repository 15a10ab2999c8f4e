# authentik: SSO for everything (OIDC for Vault, Kubernetes, Forgejo,
# Woodpecker; forward auth for the rest through traefik).

include "root" {
  path = find_in_parent_folders()
}

# Unlike the other dependencies, this one reads outputs: the database host and
# name are only known after dbaas has run. The mocks keep `validate` and `plan`
# working on a fresh checkout.
dependency "dbaas" {
  config_path = "../dbaas"

  mock_outputs = {
    pg_host     = "pg-rw.dbaas.svc.cluster.local"
    pg_database = "authentik"
  }
  mock_outputs_allowed_terraform_commands = ["validate", "plan"]
}

dependency "redis" {
  config_path  = "../redis"
  skip_outputs = true
}

inputs = {
  pg_host     = dependency.dbaas.outputs.pg_host
  pg_database = dependency.dbaas.outputs.pg_database

  redis_db = 0

  # Outposts run in the cluster; the embedded one is enough for forward auth.
  outposts = []
}
