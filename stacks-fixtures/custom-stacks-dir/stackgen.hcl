stackgen {
  stacks_dir = "live" # Terragrunt's classic layout name
}

root {
  tiers = {
    bootstrap = "0-bootstrap"
    apps      = "1-apps"
  }

  provider "kubernetes" {
    source  = "hashicorp/kubernetes"
    version = "~> 2.35"
  }
}

# cluster: the k3s node itself, local state.
stack "cluster" {
  tier  = "bootstrap"
  state = "local"
}

# ingress: traefik from the k3s chart, reconfigured.
stack "ingress" {
  tier = "apps"

  dependency "cluster" {}
}

# blog: the static site behind ingress.
stack "blog" {
  tier = "apps"

  # Routes are IngressRoute objects, whose CRD the ingress chart installs.
  dependency "ingress" {}

  inputs = {
    hostname = "blog.example.net"
  }
}
