# Mistake: tier written at the top level.
# expect: stackgen.hcl:12:1: tier is not allowed at the top level; it belongs in stack

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

tier = "apps"  # <- mistake
