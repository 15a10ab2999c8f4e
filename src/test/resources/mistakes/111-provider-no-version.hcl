# Mistake: a root provider without its version constraint.
# expect: stackgen.hcl:6:3: provider "kubernetes" has no version (add a version constraint, e.g. version = ">= 1.0")

root {
  tiers = { apps = "2-apps" }
  provider "kubernetes" {  # <- mistake
    source = "hashicorp/kubernetes"
  }
}

stack "app" {
  tier = "apps"
}
