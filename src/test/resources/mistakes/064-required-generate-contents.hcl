# Mistake: generate block without contents.
# expect: stackgen.hcl:15:3: generate "backend" needs contents (the file's contents): Terragrunt requires it

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

stack "web" {
  tier = "apps"

  generate "backend" {  # <- mistake
    path      = "backend.tf"
    if_exists = "overwrite_terragrunt"
  }
}
