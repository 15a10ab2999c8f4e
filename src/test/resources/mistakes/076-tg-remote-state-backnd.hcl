# Mistake: remote_state backend written as backnd.
# expect: stackgen.hcl:7:5: unknown attribute "backnd" in remote_state block; did you mean "backend"?

root {
  tiers = { core = "0-core" }
  remote_state {
    backnd = "local"  # <- mistake
    config = {}
  }
}

stack "db" {
  tier  = "core"
  state = "local"
}
