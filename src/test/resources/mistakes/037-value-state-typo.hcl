# Mistake: state "lcoal".
# expect: stackgen.hcl:14:11: state must be "local" or "pg", got "lcoal" (did you mean "local"?)

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

stack "db" {
  tier  = "core"
  state = "lcoal"  # <- mistake
}
