# Mistake: inputs written as inptus.
# expect: stackgen.hcl:15:3: unknown attribute "inptus" in stack "web"; did you mean "inputs"?

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

stack "web" {
  tier = "apps"

  inptus = {  # <- mistake
    replicas = 2
  }
}
