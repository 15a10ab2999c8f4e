# Mistake: state written as stat (used to end in an unrelated cycle error).
# expect: stackgen.hcl:14:3: unknown attribute "stat" in stack "db"; did you mean "state"?

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

stack "db" {
  tier = "core"
  stat = "local"  # <- mistake
}
