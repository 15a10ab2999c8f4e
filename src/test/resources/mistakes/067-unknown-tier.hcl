# Mistake: tier not in root.tiers.
# expect: stackgen.hcl:13:10: stack "web": tier "production" is not a key of root.tiers (core, apps, edge)

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

stack "web" {
  tier = "production" # <- mistake
}
