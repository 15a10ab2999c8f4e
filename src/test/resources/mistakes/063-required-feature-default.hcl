# Mistake: feature flag without its default.
# expect: stackgen.hcl:14:3: feature "canary" needs default (its value unless set with --feature): Terragrunt requires it

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

stack "web" {
  tier = "apps"
  feature "canary" {  # <- mistake
  }
}
