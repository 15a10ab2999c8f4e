# Imported by stackgen import from a hand-kept repository.

stackgen {
  stacks_dir = "."
  root_file  = "root.hcl"
  header     = false
}

root {
  # Catalog-only: the units of a nested repository share one tier.
  tiers  = { default = "default" }
  layout = "exact"

  locals {
    env_vars = read_terragrunt_config(find_in_parent_folders("environment.hcl"))
    env      = local.env_vars.locals.env
  }

  remote_state {
    backend = "gcs"
    config = {
      bucket = "acme-state-${local.env}"
      prefix = path_relative_to_include()
    }
    generate = { path = "backend.tf", if_exists = "overwrite_terragrunt" }
  }
}

stack_file "dev/app" {
  unit "api" {
    source = "git::https://git.example.org/infra-catalog.git//units/cloud-run?ref=v2.5.0-rc.1"
    path   = "api"
    values = {
      image   = "europe-docker.pkg.dev/acme/api:main"
      db_path = "../postgres"
    }
  }

  unit "postgres" {
    source                  = "git::https://git.example.org/infra-catalog.git//units/postgres-db?ref=v2.5.0-rc.1"
    path                    = "postgres"
    no_dot_terragrunt_stack = false
  }

  unit "worker" {
    source = "git::https://git.example.org/infra-catalog.git//units/cloud-run-job?ref=v2.5.0-rc.1"
    path   = "worker"
    values = {
      image    = "europe-docker.pkg.dev/acme/worker:main"
      api_path = "../api"
      schedule = "*/15 * * * *"
    }
  }
}

stack_file "dev/data" {
  # Databases and caches. Both read the network stack's VPC.
  unit "postgres" {
    source = "git::https://git.example.org/infra-catalog.git//units/postgres?ref=v2.5.0-rc.1"
    path   = "postgres"

    values = {
      tier     = "db-f1-micro"
      ha       = false
      vpc_path = "../../../network/.terragrunt-stack/vpc"
    }
  }
  unit "redis" {
    source = "git::https://git.example.org/infra-catalog.git//units/redis?ref=v2.5.0-rc.1"
    path   = "redis"
    values = {
      memory_gb = 1
    }
  }
}

stack_file "dev/edge" {
  locals {
    domain = "dev.acme.example"
  }

  unit "dns" {
    source = "git::https://git.example.org/infra-catalog.git//units/dns?ref=v2.5.0-rc.1"
    path   = "dns"
    values = { zone = local.domain }
  }
  unit "cdn" {
    source = "git::https://git.example.org/infra-catalog.git//units/cdn?ref=v2.5.0-rc.1"
    path   = "cdn"
    values = {
      domain   = local.domain
      dns_path = "../dns"
    }
  }
}

shared "dev/environment.hcl" {
  locals {
    env     = "dev"
    project = "acme-dev-4411"
  }
}

stack_file "dev/network" {
  locals {
    env = read_terragrunt_config(find_in_parent_folders("environment.hcl")).locals
  }

  unit "vpc" {
    source = "git::https://git.example.org/infra-catalog.git//units/vpc?ref=v2.5.0-rc.1"
    path   = "vpc"
    values = {
      project = local.env.project
      cidr    = "10.0.0.0/16"
    }
  }

  unit "nat" {
    source = "git::https://git.example.org/infra-catalog.git//units/nat?ref=v2.5.0-rc.1"
    path   = "nat"
    values = { vpc_path = "../vpc" }
  }
}

stack_file "dev/observability" {
  stack "monitoring" {
    source = "git::https://git.example.org/infra-catalog.git//stacks/monitoring?ref=v2.5.0-rc.1"
    path   = "monitoring"
    values = {
      retention_days = 7
    }
  }
}

stack_file "prod/app" {
  unit "api" {
    source = "git::https://git.example.org/infra-catalog.git//units/cloud-run?ref=v2.4.0"
    path   = "api"
    values = {
      image   = "europe-docker.pkg.dev/acme/api:1.42.0"
      db_path = "../../postgres"
    }
  }

  unit "postgres" {
    source                  = "git::https://git.example.org/infra-catalog.git//units/postgres-db?ref=v2.4.0"
    path                    = "postgres"
    no_dot_terragrunt_stack = true
  }

  unit "worker" {
    source = "git::https://git.example.org/infra-catalog.git//units/cloud-run-job?ref=v2.4.0"
    path   = "worker"
    values = {
      image    = "europe-docker.pkg.dev/acme/worker:1.42.0"
      api_path = "../api"
      schedule = "*/15 * * * *"
    }
  }
}

stack_file "prod/data" {
  # Databases and caches. Both read the network stack's VPC.
  unit "postgres" {
    source = "git::https://git.example.org/infra-catalog.git//units/postgres?ref=v2.4.0"
    path   = "postgres"

    values = {
      tier     = "db-custom-4-16384"
      ha       = true
      vpc_path = "../../../network/.terragrunt-stack/vpc"
    }
  }
  unit "redis" {
    source = "git::https://git.example.org/infra-catalog.git//units/redis?ref=v2.4.0"
    path   = "redis"
    values = {
      memory_gb = 8
      replicas  = 2 # one per zone
    }
  }
}

stack_file "prod/edge" {
  locals {
    domain = "acme.example"
  }

  unit "dns" {
    source = "git::https://git.example.org/infra-catalog.git//units/dns?ref=v2.4.0"
    path   = "dns"
    values = { zone = local.domain }
  }
  unit "cdn" {
    source = "git::https://git.example.org/infra-catalog.git//units/cdn?ref=v2.4.0"
    path   = "cdn"
    values = {
      domain   = local.domain
      dns_path = "../dns"
    }
  }

  # Keep the old entry point while clients move.
  unit "legacy_lb" {
    source = "git::https://git.example.org/infra-catalog.git//units/lb?ref=v1.9.3"
    path   = "legacy-lb"
  }
}

shared "prod/environment.hcl" {
  # Production: changes go through the release train.
  locals {
    env     = "prod"
    project = "acme-prod-9902"

    approvers = ["sre"]
  }

}

stack_file "prod/network" {
  locals {
    env = read_terragrunt_config(find_in_parent_folders("environment.hcl")).locals
  }

  unit "vpc" {
    source = "git::https://git.example.org/infra-catalog.git//units/vpc?ref=v2.4.0"
    path   = "vpc"
    values = {
      project = local.env.project
      cidr    = "10.100.0.0/16"
    }
  }

  unit "nat" {
    source = "git::https://git.example.org/infra-catalog.git//units/nat?ref=v2.4.0"
    path   = "nat"
    values = { vpc_path = "../vpc" }
  }
}

stack_file "prod/observability" {
  stack "monitoring" {
    source = "git::https://git.example.org/infra-catalog.git//stacks/monitoring?ref=v2.4.0"
    path   = "monitoring"
    values = {
      retention_days = 90
    }
  }

  stack "logging" {
    source        = "git::https://git.example.org/infra-catalog.git//stacks/logging?ref=v2.4.0"
    path          = "logging"
    no_validation = true
  }
}
