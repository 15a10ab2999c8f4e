# Mistake: a second root block.
# expect: stackgen.hcl:12:1: duplicate root block (first at stackgen.hcl:4:1)

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

root {  # <- mistake
  tiers = { core = "0-core" }
}
