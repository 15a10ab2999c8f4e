# Mistake: derive tier = "no".
# expect: stackgen.hcl:16:14: tier must be true or false, got "no"

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

stack "ledger" {
  tier = "apps"
  module "ledger" {
    derive {
      tier = "no"  # <- mistake
    }
  }
}
