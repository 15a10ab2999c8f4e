# Mistake: variable type written as tpye.
# expect: stackgen.hcl:16:7: unknown attribute "tpye" in variable "names"; expected type, default, description, sensitive, nullable, ephemeral (did you mean "type"?)

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
    variable "names" {
      tpye = list(string)  # <- mistake
    }
    names = var.names
  }
}
