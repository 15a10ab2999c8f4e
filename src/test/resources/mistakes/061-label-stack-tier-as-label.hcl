# Mistake: stack with its tier as a second label.
# expect: stackgen.hcl:12:1: stack block takes one label, got 2 (write stack "<name>" { ... })

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

stack "web" "apps" {  # <- mistake
}
