# Mistake: defaults written as default.
# expect: stackgen.hcl:12:1: unknown block type "default"; expected stackgen, root, defaults, stack, shared or stack_file (did you mean "defaults"?)

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

default {  # <- mistake
  dependency "db" {}
}

stack "db" {
  tier  = "core"
  state = "local"
}
