# Mistake: variable block inside a module written as varaible.
# expect: stackgen.hcl:16:5: unexpected block "varaible" in module "ledger"; expected variable, vault, locals, output, moved, removed, import, check, terraform, after_module, derive, layout or elsewhere (module arguments are attributes) (did you mean "variable"?)

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
    varaible "names" {}  # <- mistake
    names = var.names
  }
}
