# Explicit module blocks that reproduce the hand-written wrapper main.tf files of the
# handwritten-repo fixture byte for byte (after the header line): HandwrittenWrappersTest.

root {
  tiers = {
    edge = "3-edge"
    aux  = "4-aux"
  }
}

stack "hedgedoc" {
  tier = "aux"

  # =============================================================================
  # HedgeDoc Stack — collaborative notes
  # =============================================================================
  module "hedgedoc" {
    variable "tls_secret_name" { type = string }
    variable "nfs_server" { type = string }

    variable "session_secret" {
      type      = string
      sensitive = true
      default   = ""
    }

    vault "secrets" {
      mount = "secret"
      name  = "hedgedoc"
    }

    source          = "./modules/hedgedoc"
    tls_secret_name = var.tls_secret_name
    nfs_server      = var.nfs_server

    db_url = data.vault_kv_secret_v2.secrets.data["db_url"]
    # An empty session secret makes the module generate one; set it in
    # terraform.tfvars only when migrating sessions from the old VM.
    session_secret = var.session_secret

    oauth = {
      client_id     = "hedgedoc"
      client_secret = data.vault_kv_secret_v2.secrets.data["oauth_client_secret"]
      base_url      = "https://auth.lab.example.net/application/o"
    }

    tier = local.tiers.aux
  }
}

stack "linkding" {
  tier = "aux"

  # =============================================================================
  # Linkding Stack — bookmarks
  # =============================================================================
  module "linkding" {
    variable "tls_secret_name" { type = string }

    variable "superuser_name" {
      type    = string
      default = "admin"
    }

    vault "secrets" {
      mount = "secret"
      name  = "linkding"
    }

    source          = "./modules/linkding"
    tls_secret_name = var.tls_secret_name
    superuser_name  = var.superuser_name
    superuser_pass  = data.vault_kv_secret_v2.secrets.data["superuser_password"]

    # Authentik forward auth sets this header.
    auth_proxy_username_header = "HTTP_X_AUTHENTIK_USERNAME"

    tier = local.tiers.aux
  }
}

stack "mailserver" {
  tier = "edge"

  # =============================================================================
  # Mailserver Stack — docker-mailserver 15
  # =============================================================================
  # The Postfix overlay is not passed from here: the module's default for
  # var.postfix_cf (modules/mailserver/variables.tf) is the configuration.
  module "mailserver" {
    variable "hostname" { type = string }
    variable "domains" { type = list(string) }
    variable "image_tag" { type = string }
    variable "load_balancer_ip" { type = string }

    variable "aliases" {
      type    = map(string)
      default = {}
    }

    vault "secrets" {
      mount = "secret"
      name  = "mailserver"
    }

    locals {
      accounts = jsondecode(data.vault_kv_secret_v2.secrets.data["accounts"])
    }

    source           = "./modules/mailserver"
    hostname         = var.hostname
    domains          = var.domains
    image_tag        = var.image_tag
    load_balancer_ip = var.load_balancer_ip
    # Dedicated certificate, see the comment in terragrunt.hcl.
    certificate_name = "mail-lab-example-net"

    accounts = local.accounts
    aliases  = var.aliases

    # Brevo SMTP relay; relayhost itself is set in the overlay.
    relay_user     = data.vault_kv_secret_v2.secrets.data["brevo_user"]
    relay_password = data.vault_kv_secret_v2.secrets.data["brevo_password"]

    # Generated once with `setup config dkim` and stored in Vault; try() so a
    # fresh install can come up before the key exists.
    dkim_private_key = try(data.vault_kv_secret_v2.secrets.data["dkim_private_key"], "")

    tier = local.tiers.edge
  }
}

stack "mealie" {
  tier = "aux"

  # =============================================================================
  # Mealie Stack — recipes and meal planning
  # =============================================================================
  module "mealie" {
    variable "tls_secret_name" { type = string }
    variable "hostname" { type = string }
    variable "base_url" { type = string }

    vault "secrets" {
      mount = "secret"
      name  = "mealie"
    }

    # OpenAI key for recipe import from photos; shared by several stacks.
    vault "shared" {
      mount = "secret"
      name  = "shared/openai"
    }

    locals {
      env = {
        BASE_URL               = var.base_url
        ALLOW_SIGNUP           = "false"
        TZ                     = "Europe/Berlin"
        OPENAI_API_KEY         = data.vault_kv_secret_v2.shared.data["api_key"]
        POSTGRES_PASSWORD      = data.vault_kv_secret_v2.secrets.data["db_password"]
        SMTP_FROM_EMAIL        = "mealie@lab.example.net"
        OIDC_AUTH_ENABLED      = "true"
        OIDC_CONFIGURATION_URL = "https://auth.lab.example.net/application/o/mealie/.well-known/openid-configuration"
      }
    }

    source          = "./modules/mealie"
    tls_secret_name = var.tls_secret_name
    hostname        = var.hostname
    env             = local.env
    tier            = local.tiers.aux
  }
}

stack "miniflux" {
  tier = "aux"

  # =============================================================================
  # Miniflux Stack — RSS reader
  # =============================================================================
  module "miniflux" {
    variable "tls_secret_name" { type = string }
    variable "polling_frequency" { type = number }

    vault "secrets" {
      mount = "secret"
      name  = "miniflux"
    }

    source            = "./modules/miniflux"
    tls_secret_name   = var.tls_secret_name
    polling_frequency = var.polling_frequency
    database_url      = data.vault_kv_secret_v2.secrets.data["database_url"]
    # try() so the first apply works before the OIDC client exists in Authentik.
    oidc_client_secret = try(data.vault_kv_secret_v2.secrets.data["oidc_client_secret"], "")
    tier               = local.tiers.aux
  }
}

stack "n8n" {
  tier = "aux"

  # =============================================================================
  # n8n Stack — workflow automation
  # =============================================================================
  module "n8n" {
    variable "tls_secret_name" { type = string }
    variable "timezone" { type = string }
    variable "webhook_url" { type = string }

    vault "secrets" {
      mount = "secret"
      name  = "n8n"
    }

    source          = "./modules/n8n"
    tls_secret_name = var.tls_secret_name
    timezone        = var.timezone
    webhook_url     = var.webhook_url
    db_password     = data.vault_kv_secret_v2.secrets.data["db_password"]
    # From the generated encryption_key_override.tf (see terragrunt.hcl).
    encryption_key = random_password.encryption_key.result
    tier           = local.tiers.aux
  }
}

stack "ntfy" {
  tier = "aux"

  # =============================================================================
  # ntfy Stack — push notifications
  # =============================================================================
  module "ntfy" {
    variable "tls_secret_name" { type = string }
    variable "base_url" { type = string }
    variable "public_topics" { type = list(string) }

    vault "secrets" {
      mount = "secret"
      name  = "ntfy"
    }

    source          = "./modules/ntfy"
    tls_secret_name = var.tls_secret_name
    base_url        = var.base_url

    # Users as "name:bcrypt-hash:role", one per line in Vault.
    users = split("\n", trimspace(data.vault_kv_secret_v2.secrets.data["users"]))
    access = concat(
      [for t in var.public_topics : "everyone:${t}:ro"],
      ["alertmanager:alerts:wo", "woodpecker:ci:wo"],
    )

    tier = local.tiers.aux
  }
}

stack "paperless" {
  tier = "aux"

  # =============================================================================
  # Paperless Stack — document archive (paperless-ngx)
  # =============================================================================
  # The consume folder is an SMB share on the NAS; the scanner writes into it.
  module "paperless" {
    variable "tls_secret_name" { type = string }
    variable "nfs_server" { type = string }
    variable "ocr_language" { type = string }
    variable "consume_path" { type = string }

    vault "secrets" {
      mount = "secret"
      name  = "paperless"
    }

    locals {
      db = jsondecode(data.vault_kv_secret_v2.secrets.data["db"])
    }

    source          = "./modules/paperless"
    tls_secret_name = var.tls_secret_name
    nfs_server      = var.nfs_server
    consume_path    = var.consume_path

    db_host     = local.db.host
    db_name     = local.db.name
    db_user     = local.db.user
    db_password = local.db.password
    redis_url   = "redis://redis.redis.svc.cluster.local:6379/3"

    ocr_language = var.ocr_language
    # Scans arrive as one PDF per batch; split on the barcode separator page.
    consumer_enable_barcodes = true
    secret_key               = data.vault_kv_secret_v2.secrets.data["secret_key"]
    tier                     = local.tiers.aux
  }
}

stack "vaultwarden" {
  tier = "aux"

  # =============================================================================
  # Vaultwarden Stack — password manager
  # =============================================================================
  module "vaultwarden" {
    variable "tls_secret_name" { type = string }
    variable "nfs_server" { type = string }
    variable "signups_allowed" { type = bool }
    variable "domain" { type = string }

    vault "secrets" {
      mount = "secret"
      name  = "vaultwarden"
    }

    source          = "./modules/vaultwarden"
    tls_secret_name = var.tls_secret_name
    domain          = var.domain
    signups_allowed = var.signups_allowed

    # argon2 PHC string, generated with `vaultwarden hash`.
    admin_token   = data.vault_kv_secret_v2.secrets.data["admin_token"]
    smtp_password = data.vault_kv_secret_v2.secrets.data["smtp_password"]

    backup_nfs_server = var.nfs_server
    tier              = local.tiers.aux
  }
}

stack "webmail" {
  tier = "edge"

  # =============================================================================
  # Webmail Stack — Roundcube
  # =============================================================================
  #
  # IMAP and submission go to the mailserver service inside the cluster; TLS is
  # still required because Dovecot refuses plaintext auth.
  module "webmail" {
    variable "tls_secret_name" { type = string }
    variable "image_tag" { type = string }

    vault "secrets" {
      mount = "secret"
      name  = "webmail"
    }

    source          = "./modules/webmail"
    tls_secret_name = var.tls_secret_name
    image_tag       = var.image_tag

    imap_host = "ssl://mailserver.mailserver.svc.cluster.local"
    smtp_host = "tls://mailserver.mailserver.svc.cluster.local:587"

    db_dsn  = data.vault_kv_secret_v2.secrets.data["db_dsn"]
    des_key = data.vault_kv_secret_v2.secrets.data["des_key"] # 24 chars
    plugins = ["archive", "zipdownload", "managesieve", "markasjunk"]
    tier    = local.tiers.edge
  }
}
