# Mistake: locals written as local.
# expect: stackgen.hcl:15:3: unexpected block "local" in stack "web"; did you mean "locals"?

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

stack "web" {
  tier = "apps"

  local {  # <- mistake
    replicas = 2
  }
}
