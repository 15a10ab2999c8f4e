# Mistake: a second derive block in a module (the schema allows one).
# expect: stackgen.hcl:14:5: module "app" has more than one derive block (first at stackgen.hcl:11:5)

root {
  tiers = { apps = "2-apps" }
}

stack "app" {
  tier = "apps"
  module "app" {
    derive {
      vault = false
    }
    derive {  # <- mistake
      source = false
    }
  }
}
