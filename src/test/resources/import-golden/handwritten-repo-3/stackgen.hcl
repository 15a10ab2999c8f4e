# Imported by stackgen import from a hand-kept repository.

stackgen {
  stacks_dir = "stacks"
  header     = false
  leading_blank_lines = {
    "stacks/cache/main.tf"        = 2
    "stacks/cache/terragrunt.hcl" = 1
  }
}

root {
  # Tiers as tiers.tf states them (catalog-only: the root file states none).
  tiers = { core = "0-core", apps = "2-apps", edge = "3-edge" }

  locals {
    tier_0     = ["boot"]
    stack_name = basename(get_terragrunt_dir())
  }

  remote_state {
    backend = contains(local.tier_0, local.stack_name) ? "local" : "s3"
    config = {
      bucket = "tf-state"
      key    = "${local.stack_name}/terraform.tfstate"
    }
  }

  generate "tiers" {
    path      = "tiers.tf"
    if_exists = "overwrite"
    contents  = file("${get_repo_root()}/tiers.tf")
  }

}

stack "api" {
  tier  = "apps"
  state = "pg"

  dependency "db" {
    config_path = "../db"

    mock_outputs = {
      url = "postgres://mock"
    }
  }

  inputs = {
    db_url = dependency.db.outputs.url
  }
}

stack "boot" {
  tier   = "core"
  state  = "local"
  layout = "exact"

  module "boot" {
    variable "token_ttl" { type = number }
    variable "region" { default = "eu-west" }

    vault "bootstrap" {
      mount   = "kv"
      name    = "boot/bootstrap"
      version = 2
    }

    source    = "./modules/boot"
    token     = data.vault_kv_secret_v2.bootstrap.data["token"]
    token_ttl = var.token_ttl
    region    = var.region
    providers = {
      vault = vault.root
    }
    depends_on = [data.vault_kv_secret_v2.bootstrap]
    tier       = local.tiers["core"]
  }

  include "root" { path = find_in_parent_folders() }
}

stack "cache" {
  tier  = "apps"
  state = "pg"

  module "cache" { # a Redis cluster
    layout {
      blank_lines   = "as_written"
      before_module = [""]
      footer        = ["", "# end of main.tf"]
    }

    locals {
      # Redis keeps a copy per zone.
      replicas = 3
      # zones come later
    } # derived from the zone count

    vault "redis" {
      name  = "cache/redis" # where ops put it
      mount = "kv"
      # version pinned by ops when needed
    } # read at plan time

    after_module {

      # Sizing, kept at the bottom where people look for it.
      variable "memory" {
        type    = string
        default = "1Gi"
      }

      output "endpoint" {
        value = module.cache.endpoint # host:port
      }
      moved {
        from = module.redis
        to   = module.cache
      }
    }

    source   = "./modules/redis"
    replicas = local.replicas
    password = data.vault_kv_secret_v2.redis.data["password"]
    memory   = var.memory
    tier     = local.tiers.apps
    # eviction = "allkeys-lru"
  }

  dependency "db" {
    config_path = "../db"
  }
}

stack "db" {
  tier   = "apps"
  state  = "pg"
  layout = "exact"

  module "db" {
    source = "./modules/postgres"
    size   = var.size
    tier   = local.tiers.apps
  }

  # db: PostgreSQL for the apps.



  include "root" { path = find_in_parent_folders() }

  # Needs the operator.
  dependency "boot" {
    # The operator has no outputs anyway.
  }

  generate "versions" {
    path      = "versions.tf"
    if_exists = "overwrite_terragrunt"
    contents  = <<EOF
terraform {
  required_version = ">= 1.6"
}

variable "size" { type = string }
EOF
  }

  inputs = {
    size = "10Gi" # grows by hand
  }
  # Last line comment.
}

stack "queue" {
  tier  = "edge"
  state = "pg"

  module "queue" {
    layout {
      before_module = ["# RabbitMQ; nothing to configure."]
    }
    derive {
      variables = false
      vault     = false
      source    = false
      tier      = false
    }

    source  = "./modules/rabbitmq"
    version = "3.13"
  }
}

stack "web" {
  tier   = "edge"
  state  = "pg"
  layout = "exact"

  module "web" { # the site itself
    layout {
      footer = ["", ""]
    }

    # The public site, served by nginx.


    variable "hostname" {
      type        = string
      description = "Public host name."

      validation {
        condition     = length(var.hostname) > 3
        error_message = "Too short."
      }
    }

    variable "replicas" {
      type    = number
      default = 2 # two is enough
    }

    locals {
      # Labels every object gets.
      labels = {
        app = "web"
      }

      fqdn = "${var.hostname}.example.net"
    }

    source = "./modules/web"

    # Where it answers.
    fqdn     = local.fqdn
    labels   = local.labels
    replicas = var.replicas
    tier     = local.tiers.edge

    # More to come.
  }

  # web: the public site.
  # Two lines of header.


  include "root" {
    path = find_in_parent_folders()
  }

  dependency "api" {}
}
