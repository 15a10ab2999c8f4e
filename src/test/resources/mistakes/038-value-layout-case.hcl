# Mistake: layout "Exact".
# expect: stackgen.hcl:19:12: layout must be "exact" or "default", got "Exact" (did you mean "exact"?)

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
  tier   = "apps"
  layout = "Exact"  # <- mistake
}
