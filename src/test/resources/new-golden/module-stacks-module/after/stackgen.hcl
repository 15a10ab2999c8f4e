# Fixture for module-wrapper stacks (issue 4): explicit and derived forms of the module block.

root {
  tiers = {
    core     = "0-core"
    platform = "2-platform"
    edge     = "3-edge"
    aux      = "4-aux"
  }
}

defaults {
  dependency "platform" {}
}

stack "platform" {
  tier = "platform"
}

# Bookkeeping service: the issue's example, written out in full.
stack "ledger" {
  tier = "aux"

  # =============================================================================
  # Ledger Stack — bookkeeping service
  # =============================================================================
  module "ledger" {
    variable "tls_secret_name" { type = string }
    variable "nfs_server" { type = string }
    variable "public_names" {}

    vault "secrets" {
      mount = "secret"
      name  = "platform"
    }

    locals {
      accounts = jsondecode(data.vault_kv_secret_v2.secrets.data["ledger_accounts"])
    }

    source          = "./modules/ledger"
    tls_secret_name = var.tls_secret_name
    nfs_server = var.nfs_server
    public_names = var.public_names
    accounts        = local.accounts
    # try() so the first apply works before the key exists.
    api_token = try(data.vault_kv_secret_v2.secrets.data["ledger_token"], "")
    tier      = local.tiers.aux
  }
}

# The short form: everything derivable is left out.
stack "webmail" {
  tier = "edge"

  inputs = {
    image_tag = "1.6.9"
  }

  # =============================================================================
  # Webmail Stack — Roundcube
  # =============================================================================
  #
  # IMAP and submission go to the mailserver service inside the cluster.
  module "webmail" {
    tls_secret_name = var.tls_secret_name
    image_tag = var.image_tag

    imap_host = "ssl://mailserver.mailserver.svc.cluster.local"
    smtp_host = "tls://mailserver.mailserver.svc.cluster.local:587"

    db_dsn = data.vault_kv_secret_v2.secrets.data["db_dsn"]
    des_key = data.vault_kv_secret_v2.secrets.data["des_key"] # 24 chars
    plugins = ["archive", "zipdownload", "managesieve", "markasjunk"]
  }
}

stack "hedgedoc" {
  tier = "aux"

  # HedgeDoc Stack — collaborative notes
  module "hedgedoc" {
    variable "session_secret" {
      type      = string
      sensitive = true
      default   = ""
    }

    variable "replicas" {
      description = "Pods behind the service."
      type        = number
      default     = 1

      validation {
        condition     = var.replicas > 0
        error_message = "At least one replica."
      }
    }

    tls_secret_name = var.tls_secret_name
    nfs_server = var.nfs_server
    replicas = var.replicas

    db_url = data.vault_kv_secret_v2.secrets.data["db_url"]
    # An empty session secret makes the module generate one; set it in
    # terraform.tfvars only when migrating sessions from the old VM.
    session_secret = var.session_secret

    oauth = {
      client_id = "hedgedoc"
      # From the Authentik provider.
      client_secret = data.vault_kv_secret_v2.secrets.data["oauth_client_secret"]
      base_url = "https://auth.lab.example.net/application/o"
    }

    tier = local.tiers.aux
  }
}

# Several Vault sources: one derived with the defaults, one stated.
stack "mealie" {
  tier = "aux"

  # Mealie Stack — recipes and meal planning
  module "mealie" {
    # OpenAI key for recipe import from photos; shared by several stacks.
    vault "shared" {
      name = "shared/openai"
    }

    vault "legacy" {
      mount   = "kv"
      name    = "mealie-v1"
      version = 3
    }

    locals {
      env = {
        BASE_URL = var.base_url
        ALLOW_SIGNUP = "false"
        OPENAI_API_KEY = data.vault_kv_secret_v2.shared.data["api_key"]
        POSTGRES_PASSWORD = data.vault_kv_secret_v2.secrets.data["db_password"]
        OLD_TOKEN = data.vault_kv_secret_v2.legacy.data["token"]
      }

      # Heredocs are carried as written.
      banner = <<-EOT
        Welcome to ${var.hostname}!
        EOT
    }

    tls_secret_name = var.tls_secret_name
    hostname = var.hostname
    env = local.env
    banner = local.banner
  }
}

# Nothing derived: a registry module that takes no tier.
stack "cert-manager" {
  tier = "platform"

  module "cert_manager" {
    derive {
      variables = false
      vault     = false
      source    = false
      tier      = false
    }

    variable "chart_version" {
      type    = string
      default = "v1.16.1"
    }

    source  = "terraform-iaac/cert-manager/kubernetes"
    version = "2.6.4"

    cluster_issuer_email = "admin@lab.example.net"
    chart_version        = var.chart_version
  }
}

stack "demo" {
  tier = "aux"

  dependency "platform" {}
  dependency "webmail" {}

  module "demo" {}
}
