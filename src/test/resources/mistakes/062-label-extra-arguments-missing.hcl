# Mistake: extra_arguments without a name.
# expect: stackgen.hcl:15:5: extra_arguments block takes one label, got 0 (write extra_arguments "<name>" { ... })

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

stack "web" {
  tier = "apps"
  terraform {
    extra_arguments {  # <- mistake
      commands  = ["plan"]
      arguments = ["-lock-timeout=20m"]
    }
  }
}
