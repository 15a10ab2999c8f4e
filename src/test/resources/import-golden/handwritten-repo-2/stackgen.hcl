# Imported by stackgen import from a hand-kept repository.

stackgen {
  stacks_dir = "stacks"
  header     = false
}

root {
  # Root configuration of the lab: state per tier, shared providers, tiers.
  locals {
    tier0_stacks = ["base", "vault-init"]
    stack_name   = basename(path_relative_to_include())
    is_tier0     = contains(local.tier0_stacks, local.stack_name)
  }

  remote_state {
    backend = local.is_tier0 ? "local" : "pg"
    generate = {
      path      = "backend.tf"
      if_exists = "overwrite_terragrunt"
    }
    config = local.is_tier0 ? { path = "${get_repo_root()}/state/${local.stack_name}.tfstate" } : {
      conn_str = get_env("PG_CONN_STR")
    }
  }

  # Generate shared tiers locals for all stacks.
  generate "tiers" {
    path      = "tiers.tf"
    if_exists = "overwrite_terragrunt"
    contents  = <<EOF
locals {
  tiers = {
    core    = "0-core"
    cluster = "1-cluster"
    # Things people click on.
    edge = "3-edge"
    aux  = "4-aux" # odds and ends
  }
}
EOF
  }

  generate "k8s_providers" {
    path      = "providers.tf"
    if_exists = "overwrite_terragrunt"
    contents  = <<EOF
variable "kube_config_path" {
  type    = string
  default = "~/.kube/config"
}

variable "vault_addr" { type = string }

provider "kubernetes" {
  config_path = pathexpand(var.kube_config_path)
}
EOF
  }

  inputs = {
    kube_config_path = get_env("KUBECONFIG", "~/.kube/config")
    vault_addr       = "https://vault.lab.example.net"
  }
}

# base: the hypervisor VMs everything else runs on.
stack "base" {
  tier  = "core"
  state = "local"
}

stack "cache" {
  tier   = "aux"
  state  = "pg"
  layout = "exact"

  module "cache" {
    elsewhere {
      variables = ["memory", "password"]
    }

    source   = "./modules/redis"
    memory   = var.memory
    password = var.password
    tier     = local.tiers.aux
  } # redis

  include "root" {
    path = find_in_parent_folders()
  }

  # Redis for the apps.
  dependency "ingress" {}


}

stack "ingress" {
  tier   = "cluster"
  state  = "pg"
  layout = "exact"

  module "ingress" {
    layout {
      blank_lines = "as_written"
    }

    # Traefik in front of everything.
    variable "replicas" {
      default     = 1
      description = "How many Traefik pods."
      type        = number
      nullable    = false
    }
    variable "extra_args" {}


    variable "dashboard" { default = false }
    vault "acme" {
      mount = "kv"
      name  = "ingress/acme"
    }
    locals {
      args = concat(["--api.dashboard=${var.dashboard}"], var.extra_args)
    }

    source   = "../../modules/traefik"
    replicas = var.replicas
    args     = local.args
    email    = data.vault_kv_secret_v2.acme.data["email"]
    tier     = local.tiers.cluster
  }

  include "root" {
    path = find_in_parent_folders()
  }
  dependency "base" {}
  inputs = { replicas = 2 }
}

stack "mail" {
  tier   = "edge"
  state  = "pg"
  layout = "exact"

  module "mail" {
    layout {
      blank_lines   = "as_written"
      before_module = [""]
      footer        = [""]
    }

    variable "hostname" { type = string }
    variable "relay_password" {
      type      = string
      sensitive = true
    }

    source           = "./modules/mail"
    hostname         = var.hostname
    relay_password   = var.relay_password
    kube_config_path = var.kube_config_path
    tier             = local.tiers.edge
  }

  # mail: docker-mailserver.

  include "root" {
    path = find_in_parent_folders()
  }

  dependency "ingress" {}

  inputs = {
    hostname = "mail.example.net"
  }

}

stack "notes" {
  tier  = "edge"
  state = "pg"

  dependency "cache" {}

  dependency "mail" {}
}

stack "placeholder" {
  tier   = "aux"
  state  = "pg"
  layout = "exact"

}

stack "scratch" {
  tier  = "aux"
  state = "pg"

  inputs = {
    note = "playground"
  }
}

stack "search" {
  tier  = "cluster"
  state = "pg"

  module "search" {
    layout {
      blank_lines   = "as_written"
      before_module = [""]
    }

    locals {
      index = "docs"
    }
    locals {
      shards = 2 # one per node
    }

    after_module {

      output "url" {
        value       = module.search.url
        description = "Where the cluster answers."
      }

      output "admin_password" {
        value     = module.search.admin_password
        sensitive = true
      }
    }

    source = "./modules/opensearch"
    index  = local.index
    shards = local.shards
    tier   = local.tiers.cluster
  }
}

stack "stats" {
  tier   = "edge"
  state  = "pg"
  layout = "exact"

  # Grafana, dashboards from git.
  module "stats" {
    layout {
      blank_lines   = "as_written"
      before_module = [""]
      footer        = ["", "# end of file"]
    }
    elsewhere {
      vault = ["secrets"]
    }

    variable "domain" { type = string }

    # The admin password lives in Vault.
    variable "admin_user" { type = string }
    variable "plugins" {
      type = list(string)
      default = [
        "grafana-piechart-panel",
      ]
    }

    source     = "./modules/grafana"
    domain     = var.domain
    admin_user = var.admin_user
    plugins    = var.plugins
    password   = data.vault_kv_secret_v2.secrets.data["admin_password"]

    # Dashboards folder.
    dashboards = "${path.module}/dashboards"
    tier       = local.tiers.edge
  }

  # stats: Grafana.
  include "root" {
    path = find_in_parent_folders()
  }

  dependency "ingress" {}
}

stack "todo" {
  tier   = "aux"
  state  = "pg"
  layout = "exact"

  # TODO: split the mail stack into smtp and imap.
}

stack "vault-init" {
  tier  = "core"
  state = "local"

  dependency "base" {}
}
