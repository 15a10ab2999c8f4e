# Mistake: two stacks whose folders differ only in case: one folder on macOS and Windows.
# expect: stackgen.hcl:14:1: stacks/prod/app/terragrunt.hcl from stack "prod/app" and stacks/prod/App/terragrunt.hcl from stack "prod/App" (stackgen.hcl:10:1) differ only in case: they are one file on a case-insensitive file system (macOS, Windows); rename one

root {
  tiers = {
    core = "0-core"
  }
}

stack "prod/App" {
  tier = "core"
}

stack "prod/app" { # <- mistake
  tier = "core"
}
