# Mistake: header set in root.
# expect: stackgen.hcl:5:3: header is not allowed in root; it belongs in stackgen

root {
  header = false  # <- mistake
  tiers  = { core = "0-core" }
}

stack "db" {
  tier  = "core"
  state = "local"
}
