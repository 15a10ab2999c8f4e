# Mistake: tiers written in the stackgen block.
# expect: stackgen.hcl:5:3: tiers is not allowed in stackgen; it belongs in root

stackgen {
  tiers = { core = "0-core" }  # <- mistake
}

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
