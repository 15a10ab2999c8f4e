# Mistake: layout written as layuot.
# expect: stackgen.hcl:16:3: unknown attribute "layuot" in stack "web"; did you mean "layout"?

root {
  # Apply order: core first.
  tiers = { core = "0-core", platform = "1-platform", apps = "4-apps" }

  provider "kubernetes" {
    source  = "hashicorp/kubernetes"
    version = "~> 2.35"
  }
}

stack "web" {
  tier   = "apps"
  layuot = "exact"  # <- mistake
}
