# Mistake: dependencies paths written as path.
# expect: stackgen.hcl:20:5: unknown attribute "path" in dependencies block; did you mean "paths"?

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
  dependencies {
    path = ["../db"]  # <- mistake
  }
}
