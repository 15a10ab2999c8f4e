# Mistake: sensitive = "true" in a module variable.
# expect: stackgen.hcl:16:19: sensitive must be true or false, got "true"

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
    variable "token" {
      sensitive = "true"  # <- mistake
    }
    token = var.token
  }
}
