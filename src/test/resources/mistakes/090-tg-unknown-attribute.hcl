# Mistake: an attribute neither stackgen nor Terragrunt knows.
# expect: stackgen.hcl:14:3: unknown attribute "replicas" in stack "web": neither a stackgen setting of stack (tier, state, use_defaults, layout) nor a Terragrunt v0.93 attribute; for a newer Terragrunt attribute add "replicas" to stackgen { allow_terragrunt = [...] }

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

stack "web" {
  tier     = "apps"
  replicas = 3  # <- mistake
}
