# Mistake: the same stack twice.
# expect: stackgen.hcl:17:1: duplicate stack "db" (first defined at stackgen.hcl:12:1)

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

stack "db" {  # <- mistake
  tier = "core"
}
