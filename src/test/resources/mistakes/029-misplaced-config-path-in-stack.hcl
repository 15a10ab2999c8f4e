# Mistake: config_path written at the stack level.
# expect: stackgen.hcl:19:3: config_path is not allowed in stack "web"; it belongs in dependency

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

stack "db" {
  tier  = "core"
  state = "local"
}

stack "web" {
  tier        = "apps"
  config_path = "../db"  # <- mistake
}
