# Mistake: dependency on a misspelled stack.
# expect: stackgen.hcl:19:3: stack "web" depends on unknown stack "dbb" (did you mean "db"?)

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
  dependency "dbb" {}  # <- mistake
}
