# Mistake: include_in_copy as one string.
# expect: stackgen.hcl:16:23: include_in_copy must be a list of strings ["...", ...], got "*.yaml"

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
    source          = "../../modules//web"
    include_in_copy = "*.yaml"  # <- mistake
  }
}
