# Mistake: top-level stack block written as stak.
# expect: stackgen.hcl:12:1: unknown block type "stak"; expected stackgen, root, defaults, stack, shared or stack_file (did you mean "stack"?)

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

stak "web" {  # <- mistake
  tier = "apps"
}
