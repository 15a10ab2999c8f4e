root {
  tiers = { core = "0-core", apps = "4-apps" }
}

# The database.
stack "db" {
  tier  = "core"
  state = "local"
} # no newline after this comment