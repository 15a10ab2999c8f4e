root {
  tiers = { core = "0-core", apps = "4-aux" }
}

stack "db" {
  tier  = "core"
  state = "local"
}

# The web app.
stack "web" {
  tier = "apps"
  # Needs its database first.
  dependency "db" {}
  inputs = {
    replicas = 2
    "quoted key" = "v"
  }
}
