# Mistake: use_defaults as a string.
# expect: stackgen.hcl:19:18: use_defaults must be true or false, got "false"

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
  tier         = "apps"
  use_defaults = "false"  # <- mistake
}
