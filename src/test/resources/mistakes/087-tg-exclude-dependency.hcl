# Mistake: exclude_dependencies written as exclude_dependency.
# expect: stackgen.hcl:17:5: unknown attribute "exclude_dependency" in exclude block; expected if, actions, exclude_dependencies, no_run (Terragrunt v0.93; for a newer name add "exclude.exclude_dependency" to stackgen { allow_terragrunt = [...] })

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

stack "web" {
  tier = "apps"
  exclude {
    if                 = true
    actions            = ["all"]
    exclude_dependency = true  # <- mistake
  }
}
