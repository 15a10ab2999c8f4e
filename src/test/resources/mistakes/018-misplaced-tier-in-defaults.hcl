# Mistake: tier set in defaults.
# expect: stackgen.hcl:13:3: tier is not allowed in defaults; it belongs in stack

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

defaults {
  tier = "apps"  # <- mistake
}

stack "db" {
  tier  = "core"
  state = "local"
}
