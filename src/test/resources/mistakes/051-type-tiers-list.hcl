# Mistake: tiers as a list.
# expect: stackgen.hcl:5:11: tiers must be a map { key = value, ... }, got ["core", "apps"]

root {
  tiers = ["core", "apps"]  # <- mistake
}

stack "db" {
  tier  = "core"
  state = "local"
}
