# Mistake: root with a label.
# expect: stackgen.hcl:4:1: root block takes no labels, got 1 (write root { ... })

root "main" {  # <- mistake
  tiers = { core = "0-core" }
}

stack "db" {
  tier  = "core"
  state = "local"
}
