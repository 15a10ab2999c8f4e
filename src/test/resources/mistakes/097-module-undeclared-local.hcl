# Mistake: a local the module does not declare.
# expect: stackgen.hcl:15:16: local.acounts is used but not declared in module "ledger" (declare it in a locals block inside the module; only local.tiers is provided, besides what the root's generate blocks and elsewhere { locals = [...] } declare)

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
    accounts = local.acounts  # <- mistake
  }
}
