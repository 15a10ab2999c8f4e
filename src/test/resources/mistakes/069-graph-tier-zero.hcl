# Mistake: a tier-0 stack depends on a normal stack.
# expect: stackgen.hcl:15:3: tier-0 stack "db" (state = "local") depends on "web", which is not tier-0: it must be applicable before the state database exists

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
  dependency "web" {}  # <- mistake
}

stack "web" {
  tier = "apps"
}
