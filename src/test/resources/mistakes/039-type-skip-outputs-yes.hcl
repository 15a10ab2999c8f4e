# Mistake: skip_outputs = "yes".
# expect: stackgen.hcl:20:20: skip_outputs must be true or false, got "yes"

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
  dependency "db" {
    skip_outputs = "yes"  # <- mistake
  }
}
