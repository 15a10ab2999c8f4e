# Mistake: postfix_overlay without its variable.
# expect: stackgen.hcl:14:3: postfix_overlay block takes one label, got 0 (write postfix_overlay "<variable>" { ... })

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

stack "mail" {
  tier = "edge"
  postfix_overlay {  # <- mistake
    file = "variables.tf"
  }
}
