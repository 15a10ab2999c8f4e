# Mistake: use_defaults in defaults.
# expect: stackgen.hcl:13:3: use_defaults is not allowed in defaults; it belongs in stack

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

defaults {
  use_defaults = false  # <- mistake
}

stack "db" {
  tier  = "core"
  state = "local"
}
