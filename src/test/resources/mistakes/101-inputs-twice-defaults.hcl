# Mistake: inputs both in defaults and in a stack.
# expect: stackgen.hcl:18:3: stack "web" has inputs twice (also at stackgen.hcl:13:3, from defaults); a terragrunt.hcl may have it only once

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

defaults {
  inputs = { domain = "example.net" }
}

stack "web" {
  tier   = "apps"
  inputs = { replicas = 2 }  # <- mistake
}
