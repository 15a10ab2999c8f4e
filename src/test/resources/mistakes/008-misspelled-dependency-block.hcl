# Mistake: dependency block written as dependancy.
# expect: stackgen.hcl:20:3: unexpected block "dependancy" in stack "web"; did you mean "dependency"?

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

  dependancy "db" {}  # <- mistake
}
