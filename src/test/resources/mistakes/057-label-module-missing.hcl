# Mistake: module without a name.
# expect: stackgen.hcl:14:3: module block takes one label, got 0 (write module "<name>" { ... })

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

stack "ledger" {
  tier = "apps"
  module {}  # <- mistake
}
