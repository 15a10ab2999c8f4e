# Mistake: exclude actions as one string.
# expect: stackgen.hcl:17:15: actions must be a list of strings ["...", ...], got "all"

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

stack "web" {
  tier = "apps"

  exclude {
    if      = true
    actions = "all"  # <- mistake
  }
}
