# Mistake: config_path to a misspelled stack.
# expect: stackgen.hcl:23:3: stack "api" depends on unknown stack "wbe" (did you mean "web"?)

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
  tier = "apps"
}

stack "api" {
  tier = "apps"
  dependency "frontend" {  # <- mistake
    config_path = "../wbe"
  }
}
