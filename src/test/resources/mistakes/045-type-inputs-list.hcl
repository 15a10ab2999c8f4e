# Mistake: inputs as a list.
# expect: stackgen.hcl:14:12: inputs must be a map { key = value, ... }, got ["replicas", 2]

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

stack "web" {
  tier   = "apps"
  inputs = ["replicas", 2]  # <- mistake
}
