# Mistake: merge_strategy = "deepest".
# expect: stackgen.hcl:16:22: merge_strategy must be one of "no_merge", "shallow" or "deep", got "deepest"

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

stack "web" {
  tier = "apps"
  include "root" {
    path           = find_in_parent_folders()
    merge_strategy = "deepest"  # <- mistake
  }
}
