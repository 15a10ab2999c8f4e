# Mistake: module in defaults.
# expect: stackgen.hcl:13:3: module is not allowed in defaults; it belongs in stack

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

defaults {
  module "common" {}  # <- mistake
}

stack "db" {
  tier  = "core"
  state = "local"
}
