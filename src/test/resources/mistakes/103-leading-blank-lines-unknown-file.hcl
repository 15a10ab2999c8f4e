# Mistake: leading_blank_lines names a file by a misspelled stack folder.
# expect: stackgen.hcl:6:5: leading_blank_lines names "stacks/wbe/terragrunt.hcl", which the catalog does not generate (did you mean "stacks/web/terragrunt.hcl"?)

stackgen {
  leading_blank_lines = {
    "stacks/wbe/terragrunt.hcl" = 1 # <- mistake
  }
}

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
  }
}

stack "db" {
  tier  = "core"
  state = "local"
}

stack "web" {
  tier = "apps"

  dependency "db" {}
}
