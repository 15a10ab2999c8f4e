# Mistake: use_defaults written as use_default.
# expect: stackgen.hcl:23:3: unknown attribute "use_default" in stack "web"; did you mean "use_defaults"?

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

defaults {
  dependency "db" {}
}

stack "db" {
  tier  = "core"
  state = "local"
}

stack "web" {
  tier        = "apps"
  use_default = false  # <- mistake
}
