# Mistake: dependency block outside any stack.
# expect: stackgen.hcl:17:1: dependency is not allowed at the top level; it belongs in defaults or stack

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

dependency "db" {}  # <- mistake
