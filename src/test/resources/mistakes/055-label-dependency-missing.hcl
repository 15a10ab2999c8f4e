# Mistake: dependency without a target.
# expect: stackgen.hcl:19:3: dependency block takes one label, got 0 (write dependency "<stack>" { ... })

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

stack "db" {
  tier  = "core"
  state = "local"
}

stack "web" {
  tier = "apps"
  dependency {  # <- mistake
    config_path = "../db"
  }
}
