# Mistake: a root without tiers (and no remote_state of its own to find them in).
# expect: stackgen.hcl:4:1: root block has no tiers (add tiers = { core = "0-core", ... })

root {  # <- mistake
  pg_conn_str = get_env("PG_CONN_STR")
}

stack "app" {
  tier = "apps"
}
