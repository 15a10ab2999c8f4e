# Root configuration: every stack includes it.

locals {
  tiers = {
    core     = "0-core"
    platform = "2-platform"
    edge     = "3-edge"
  }
}

remote_state {
  backend = "pg"
  config = {
    conn_str    = get_env("PG_CONN_STR")
    schema_name = replace(path_relative_to_include(), "/", "_")
  }
}
