# Mistake: header as a string.
# expect: stackgen.hcl:5:12: header must be true or false, got "yes"

stackgen {
  header = "yes"  # <- mistake
}
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
