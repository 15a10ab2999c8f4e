# Mistake: two commas in a list, which terraform rejects.
# expect: stackgen.hcl:13:17: expected an expression after ",", found ","

root {
  tiers = {
    core = "0-core"
  }
}

stack "ntfy" {
  tier = "core"
  inputs = {
    ports = [80,, 443] # <- mistake
  }
}
