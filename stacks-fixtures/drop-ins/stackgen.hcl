# Root settings only; the stacks live in stackgen.d/, one file per team, merged
# in file-name order.

stackgen {
  header = true
}

root {
  tiers = {
    platform = "1-platform"
    edge     = "2-edge"
    apps     = "3-apps"
  }

  provider "kubernetes" {
    source  = "hashicorp/kubernetes"
    version = "~> 2.35"
  }
}

defaults {
  # Namespaces and quotas.
  dependency "platform" {}
}
