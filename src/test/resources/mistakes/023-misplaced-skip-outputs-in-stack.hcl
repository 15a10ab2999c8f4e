# Mistake: skip_outputs written beside the dependency, not inside it.
# expect: stackgen.hcl:20:3: skip_outputs is not allowed in stack "web"; it belongs in dependency

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
  dependency "db" {}
  skip_outputs = false  # <- mistake
}
