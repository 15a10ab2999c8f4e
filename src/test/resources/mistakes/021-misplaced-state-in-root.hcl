# Mistake: state set in root.
# expect: stackgen.hcl:6:3: state is not allowed in root; it belongs in stack

root {
  tiers = { core = "0-core", apps = "2-apps" }
  state = "local"  # <- mistake
}

stack "db" {
  tier  = "core"
  state = "local"
}
