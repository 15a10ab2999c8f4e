# Mistake: variable block at the stack level instead of inside module.
# expect: stackgen.hcl:15:3: variable is not allowed in stack "ledger"; it belongs in stack.module or stack.postfix_overlay

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

stack "ledger" {
  tier = "apps"

  variable "names" {}  # <- mistake

  module "ledger" {
    names = var.names
  }
}
