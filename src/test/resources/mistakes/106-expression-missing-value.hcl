# Mistake: an input left without a value.
# expect: stackgen.hcl:13:17: expected an expression after "=", found newline

root {
  tiers = {
    core = "0-core"
  }
}

stack "ntfy" {
  tier = "core"
  inputs = {
    image_tag = # <- mistake
    replicas  = 1
  }
}
