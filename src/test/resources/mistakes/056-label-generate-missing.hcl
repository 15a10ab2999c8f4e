# Mistake: generate without a name.
# expect: stackgen.hcl:14:3: generate block takes one label, got 0 (write generate "<name>" { ... })

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

stack "web" {
  tier = "apps"
  generate {  # <- mistake
    path      = "x.tf"
    if_exists = "overwrite"
    contents  = ""
  }
}
