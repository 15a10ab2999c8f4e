# Mistake: an unknown block in defaults.
# expect: stackgen.hcl:13:3: unexpected block "hooks" in defaults block: neither a stackgen block of defaults (dependency) nor a Terragrunt v0.93 block; for a newer Terragrunt block add "hooks" to stackgen { allow_terragrunt = [...] }

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

defaults {
  hooks {  # <- mistake
  }
}

stack "db" {
  tier  = "core"
  state = "local"
}
