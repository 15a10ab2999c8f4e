# Mistake: terraform_version_constraint written with an s.
# expect: stackgen.hcl:7:3: unknown attribute "terraform_version_constraints" in root block; did you mean "terraform_version_constraint"?

root {
  tiers = { core = "0-core" }

  terraform_version_constraints = ">= 1.6"  # <- mistake
}

stack "db" {
  tier  = "core"
  state = "local"
}
