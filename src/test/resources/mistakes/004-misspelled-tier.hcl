# Mistake: stack tier written as teir.
# expect: stackgen.hcl:13:3: unknown attribute "teir" in stack "web"; did you mean "tier"?

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

stack "web" {
  teir = "apps"  # <- mistake
}
