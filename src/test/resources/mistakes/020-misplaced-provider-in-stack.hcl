# Mistake: provider block inside a stack (copied into terragrunt.hcl before).
# expect: stackgen.hcl:17:3: provider is not allowed in stack "web"; it belongs in root

root {
  # Apply order: core first.
  tiers = { core = "0-core", platform = "1-platform", apps = "4-apps" }

  provider "kubernetes" {
    source  = "hashicorp/kubernetes"
    version = "~> 2.35"
  }
}

stack "web" {
  tier = "apps"

  provider "helm" {  # <- mistake
    source  = "hashicorp/helm"
    version = "~> 2.17"
  }
}
