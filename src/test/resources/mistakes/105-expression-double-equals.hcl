# Mistake: a value typed with two equals signs, which terraform rejects.
# expect: stackgen.hcl:13:17: expected an expression after "=", found "="

root {
  tiers = {
    core = "0-core"
  }
}

stack "ntfy" {
  tier = "core"
  inputs = {
    image_tag = = "1.6.9" # <- mistake
  }
}
