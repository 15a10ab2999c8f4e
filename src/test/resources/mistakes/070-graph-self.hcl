# Mistake: a stack depends on itself.
# expect: stackgen.hcl:14:3: stack "web" depends on itself

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

stack "web" {
  tier = "apps"
  dependency "web" {}  # <- mistake
}
