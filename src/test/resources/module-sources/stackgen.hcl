root {
  tiers = {
    core = "0-core"
  }
}

stack "ntfy" {
  tier = "core"
  module "ntfy" {
    source = "./modules/ntfy"
    url    = var.url
  }
}

stack "status-page" {
  tier = "core"
  terraform {
    source = "../../modules//gatus"
  }
}

stack "remote" {
  tier = "core"
  terraform {
    source = "git::https://git.example.org/modules.git//nowhere?ref=v1.0.0"
  }
}
