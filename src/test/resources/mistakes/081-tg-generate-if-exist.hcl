# Mistake: generate if_exists written as if_exist.
# expect: stackgen.hcl:16:5: unknown attribute "if_exist" in generate "provider"; did you mean "if_exists"?

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
    path     = "provider.tf"
    if_exist = "overwrite_terragrunt"  # <- mistake
    contents = ""
  }
}
