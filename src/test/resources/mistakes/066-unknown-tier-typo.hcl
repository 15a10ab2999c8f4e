# Mistake: tier "app" for "apps".
# expect: stackgen.hcl:13:10: stack "web": tier "app" is not a key of root.tiers (core, apps, edge) (did you mean "apps"?)

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

stack "web" {
  tier = "app" # <- mistake
}
