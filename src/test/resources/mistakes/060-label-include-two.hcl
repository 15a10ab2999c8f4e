# Mistake: include with two labels.
# expect: stackgen.hcl:14:3: include block takes at most one label, got 2 (write include "<name>" { ... })

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

stack "web" {
  tier = "apps"
  include "root" "shared" {  # <- mistake
    path = find_in_parent_folders()
  }
}
