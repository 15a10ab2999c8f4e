# Mistake: root tiers written as teirs.
# expect: stackgen.hcl:5:3: unknown attribute "teirs" in root block; did you mean "tiers"?

root {
  teirs = {  # <- mistake
    core = "0-core"
  }
}

stack "db" {
  tier  = "core"
  state = "local"
}
