# Mistake: stack without a name.
# expect: stackgen.hcl:12:1: stack block takes one label, got 0 (write stack "<name>" { ... })

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

stack {  # <- mistake
  tier = "apps"
}
