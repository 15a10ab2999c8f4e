# Mistake: two stacks depend on each other.
# expect: stackgen.hcl:19:3: cycle: api -> web -> api

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

stack "api" {
  tier = "apps"
  dependency "web" {}
}

stack "web" {
  tier = "apps"
  dependency "api" {}  # <- mistake
}
