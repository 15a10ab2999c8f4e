# Mistake: if_exists = "overwite".
# expect: stackgen.hcl:17:17: if_exists must be one of "overwrite", "overwrite_terragrunt", "skip" or "error", got "overwite" (did you mean "overwrite"?)

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

stack "web" {
  tier = "apps"

  generate "provider" {
    path      = "provider.tf"
    if_exists = "overwite"  # <- mistake
    contents  = "provider \"helm\" {}"
  }
}
