# Mistake: derive variables written as variable.
# expect: stackgen.hcl:16:7: unknown attribute "variable" in derive block; expected variables, vault, source, tier (did you mean "variables"?)

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
      variable = false  # <- mistake
    }
  }
}
