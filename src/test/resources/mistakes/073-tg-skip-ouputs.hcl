# Mistake: skip_ouputs.
# expect: stackgen.hcl:20:5: unknown attribute "skip_ouputs" in dependency "db"; did you mean "skip_outputs"?

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
    skip_ouputs = true  # <- mistake
  }
}
