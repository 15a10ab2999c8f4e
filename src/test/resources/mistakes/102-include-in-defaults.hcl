# Mistake: include in defaults.
# expect: stackgen.hcl:13:3: include is not allowed in defaults; it belongs in stack (each stack writes its own)

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

defaults {
  include "root" {  # <- mistake
    path = find_in_parent_folders()
  }
}

stack "db" {
  tier  = "core"
  state = "local"
}
