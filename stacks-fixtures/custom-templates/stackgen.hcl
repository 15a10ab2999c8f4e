root {
  tiers = { apps = "4-aux" }
}

# Uses this case's templates/stack-terragrunt.hcl.ftl (stackgen --templates templates).
stack "blog" {
  tier = "apps"
}

stack "wiki" {
  tier = "apps"
  dependency "blog" {}
}
