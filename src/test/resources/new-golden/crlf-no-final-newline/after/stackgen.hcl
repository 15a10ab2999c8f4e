root {
  tiers = { core = "0-core", apps = "4-apps" }
}

# The database.
stack "db" {
  tier  = "core"
  state = "local"
} # no newline after this comment

stack "web.v2" {
  tier = "apps"

  dependency "db" {}

  module "web_v2" {}
}
