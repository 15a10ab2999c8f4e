# Mistake: stacks_dir set in root.
# expect: stackgen.hcl:5:3: stacks_dir is not allowed in root; it belongs in stackgen

root {
  stacks_dir = "live"  # <- mistake
  tiers      = { core = "0-core" }
}

stack "db" {
  tier  = "core"
  state = "local"
}
