# stackgen catalog for the homelab: one Proxmox cluster, one Kubernetes cluster,
# ~50 stacks. Every stacks/<name>/terragrunt.hcl and the root terragrunt.hcl are
# generated from this file: edit here, then run `bin/stackgen generate`.
#
# Dependency comments say WHY a stack needs another one; they travel into the
# generated files, so keep them short and true.

stackgen {
  stacks_dir = "stacks" # the default, written out for the reader's benefit
  header     = true
}

root {
  # Apply tiers. A stack may only depend on stacks in its own tier or a lower
  # one; scripts/tg applies tier by tier in this order.
  tiers = {
    core     = "0-core" # tier 0: local state, see state = "local" below
    cluster  = "1-cluster"
    platform = "2-platform"
    # Public-facing things: ingress consumers, tunnel, mail.
    edge = "3-edge"
    aux  = "4-aux"
  }

  # Shared providers: every stack gets them through the generated providers.tf.
  provider "kubernetes" {
    source      = "hashicorp/kubernetes"
    version     = "~> 2.35"
    config_path = "~/.kube/config"
  }

  provider "helm" {
      source = "hashicorp/helm"
      version  = "~> 2.17"
      kubernetes {
          config_path = "~/.kube/config"
      }
  }

  # VAULT_ADDR and VAULT_TOKEN come from the environment (`vault login -method=oidc`
  # on a laptop, the kubernetes auth method in CI), so no provider settings here.
  provider "vault" {
    source  = "hashicorp/vault"
    version = "~> 4.5"
  }

  # Tier-0 state files are encrypted with git-crypt and committed.
  local_state_path = "${get_repo_root()}/state/stacks/${local.stack_name}/terraform.tfstate"

  # CI sets PG_CONN_STR from Vault; on a laptop the port-forward default works.
  pg_conn_str = get_env("PG_CONN_STR", "postgres://terraform@127.0.0.1:15432/terraform_state?sslmode=disable")

  locals {
    # Used by a few modules for hostnames; config.tfvars has the same value.
    domain = "lab.example.net"
  }

  terraform_version_constraint = ">= 1.6"

  inputs = merge(
    # Repo-wide settings: domain, NFS server, TLS secret name, ...
    jsondecode(read_tfvars_file("${get_repo_root()}/config.tfvars")),

    # A stack may carry its own terraform.tfvars; it wins over the shared file.
    try(jsondecode(read_tfvars_file("${get_terragrunt_dir()}/terraform.tfvars")), {}),
  )
}

# Most app stacks need their namespace, TLS secret copy and DNS record, which
# platform creates. Tier-0 stacks never get this, nor does platform itself.
defaults {
  # Creates the namespace, TLS secret and DNS record.
  dependency "platform" {}
}

# ---------------------------------------------------------------------------
# Tier 0 (core): local state, applied by hand from a laptop, in this order.
# ---------------------------------------------------------------------------

# infra: DNS zone, Cloudflare tunnel credentials and the Proxmox API user.
# Tier 0: local state (see the root terragrunt.hcl).
stack "infra" {
  tier  = "core"
  state = "local" # nothing else exists yet, not even the state database

  # Nothing in Kubernetes exists yet when this stack runs, so the shared
  # providers from the root are replaced by the two this stack really needs.
  generate "provider" {
    path      = "providers.tf"
    if_exists = "overwrite_terragrunt"
    contents  = <<EOF
terraform {
  required_providers {
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 4.48"
    }
    proxmox = {
      source  = "bpg/proxmox"
      version = "~> 0.66"
    }
  }
}
EOF
  }

  inputs = {
    zone_name = "lab.example.net"

    # The tunnel terminates on the edge VM, not in the cluster.
    tunnel_name = "homelab-edge"
  }
}

# proxmox: the VMs that make up the cluster (3 control plane, 4 workers) and
# the edge VM. Tier 0, local state.
stack "proxmox" {
  tier = "core"
  state = "local"

  # The API token for terraform@pve is created by infra.
  dependency "infra" {}

  # The endpoint is read by Terragrunt when it writes the file, so a laptop on
  # the VPN can point PVE_ENDPOINT at the tailnet name instead.
  generate "provider" {
    path      = "providers.tf"
    if_exists = "overwrite_terragrunt"
    contents  = <<-EOT
      terraform {
        required_providers {
          proxmox = {
            source  = "bpg/proxmox"
            version = "~> 0.66"
          }
        }
      }

      provider "proxmox" {
        endpoint = "${get_env("PVE_ENDPOINT", "https://pve1.lab.example.net:8006/")}"
        insecure = true # self-signed, LAN only
      }
    EOT
  }

  inputs = {
    control_plane_count = 3
    worker_count = 4

    # Workers get the GPU passthrough only on pve2.
    gpu_node = "pve2"

    template_vm_id     = 9000
  }
}

# k8s-bootstrap: kubeadm init/join through cloud-init, then writes the admin
# kubeconfig to ~/.kube/config. Tier 0.
stack "k8s-bootstrap" {
  tier  = "core"
  state = "local"

  # The VMs must exist before kubeadm can run on them.
  dependency "proxmox" {}

  inputs = {
    kubernetes_version = "1.31.4"
    pod_cidr           = "10.244.0.0/16"
    service_cidr       = "10.96.0.0/12"
    api_endpoint       = "k8s-api.lab.example.net:6443"
  }
}

# vault-bootstrap: unseal keys (transit auto-unseal on pve1), root token
# handling and the first admin policy. Tier 0: state stays local and encrypted.
stack "vault-bootstrap" {
  tier  = "core"
  state = "local"

  dependency "k8s-bootstrap" {}

  # Vault is reached with the bootstrap root token here, not through OIDC:
  # Authentik does not exist yet at this point.
  generate "vault_token" {
    path      = "vault_token_override.tf"
    if_exists = "overwrite_terragrunt"
    contents  = <<EOF
provider "vault" {
  address          = "https://vault.lab.example.net"
  token            = trimspace(file(pathexpand("~/.vault-bootstrap-token")))
  skip_child_token = true
}
EOF
  }
}

# state-db: the small Postgres (CloudNativePG, 1 instance) that holds the
# Terraform state of every non tier-0 stack. It cannot keep its own state in
# itself, hence tier 0.
stack "state-db" {
  tier  = "core"
  state = "local"

  dependency "k8s-bootstrap" {}

  # Backups go to the NAS; the NFS export is created by infra.
  dependency "infra" {}

  inputs = {
    storage_size = "5Gi"
    # Nightly base backup, 14 days kept. Restoring this is step 2 of the
    # disaster recovery runbook (docs/dr.md), right after k8s-bootstrap.
    backup_schedule  = "0 0 3 * * *"
    backup_retention = "14d"
  }
}

# ---------------------------------------------------------------------------
# Tier 1 (cluster): what platform itself is built on. These opt out of the
# defaults, since a dependency on platform would be a cycle.
# ---------------------------------------------------------------------------

stack "calico" {
  tier         = "cluster"
  use_defaults = false # platform depends on this, not the other way round

  dependency "k8s-bootstrap" {}

  terraform {
    # Pinned chart wrapper, shared with the lab at work.
    source = "git::https://git.lab.example.net/infra/tf-calico.git//module?ref=v3.29.1"
  }

  inputs = {
    pod_cidr = "10.244.0.0/16"
    mtu = 1450 # VXLAN overhead on the Proxmox bridge
  }
}

# metallb: L2 announcements for LoadBalancer services on the server VLAN.
stack "metallb" {
  tier = "cluster"
  use_defaults = false

  # Without a CNI the speaker pods never become ready.
  dependency "calico" {}

  inputs = {
    address_pools = {
      default = ["10.0.20.100-10.0.20.149"]

      # Fixed addresses that other things point at (DNS, port forwards).
      pinned = ["10.0.20.200-10.0.20.209"]
    }
  }
}

# kyverno: admission policies. Most importantly it injects the registry pull
# secret into every namespace, which is why so many app stacks depend on it.
stack "kyverno" {
  tier         = "cluster"
  use_defaults = false

  dependency "calico" {}
}

# nfs-csi: the csi-driver-nfs storage class backed by the Synology.
stack "nfs-csi" {
  tier         = "cluster"
  use_defaults = false

  dependency "calico" {}

  inputs = {
    nfs_server = "10.0.10.15"
    nfs_share  = "/volume1/k8s"

    # Retain: deleting a PVC must never delete the photos.
    reclaim_policy = "Retain"
  }
}

# stakater/reloader: rolls deployments when a ConfigMap or Secret they mount
# changes (the mailserver relies on this for main.cf changes).
stack "reloader" {
    tier = "cluster"
    use_defaults = false

    dependency "calico" {}

    inputs = {
        chart_version = "1.2.0"
        watch_globally = false # only annotated workloads
    }
}

# vault: policies, auth methods (OIDC via Authentik, kubernetes), KV mounts and
# the per-user namespace-owner setup read from secret/platform -> k8s_users.
stack "vault" {
  tier         = "cluster"
  use_defaults = false

  # Vault runs on the cluster but is initialised and unsealed by the tier-0
  # bootstrap stack; nothing here works before that.
  dependency "vault-bootstrap" {}

  dependency "nfs-csi" {}

  # Losing this state means re-creating every policy and role by hand.
  prevent_destroy = true

  inputs = {
    oidc_discovery_url = "https://auth.lab.example.net/application/o/vault/"

    # Roles that CI may assume through the kubernetes auth method.
    ci_roles = ["ci", "renovate"]
  }
}

# cert-manager with the Cloudflare DNS-01 issuer. The wildcard certificate for
# *.lab.example.net is issued here and copied into namespaces by platform.
stack "cert-manager" {
  tier         = "cluster"
  use_defaults = false

  dependency "calico" {}

  # The Cloudflare API token is read from Vault at plan time.
  dependency "vault" {}

  inputs = {
    acme_email = "hostmaster@lab.example.net"
    # Switch to the staging server when testing issuer changes, the production
    # rate limit is 5 failures per hour.
    acme_server = "https://acme-v02.api.letsencrypt.org/directory"
  }
}

# traefik: the ingress controller, on a pinned MetalLB address so the router's
# port forward never has to change.
stack "traefik" {
  tier         = "cluster"
  use_defaults = false

  dependency "metallb" {}
  dependency "cert-manager" {}

  inputs = {
    load_balancer_ip = "10.0.20.200"

    # Real client IPs from the Cloudflare tunnel.
    trusted_ips = [
      "173.245.48.0/20",
      "103.21.244.0/22",
      "10.0.0.0/8",
    ]

    replicas = 2
  }
}

# ---------------------------------------------------------------------------
# Tier 2 (platform): namespaces, shared databases, SSO, observability.
# ---------------------------------------------------------------------------

# platform: namespaces, RBAC, quotas, TLS secret copies and DNS records for
# every namespace owner listed in Vault (secret/platform -> k8s_users).
#
# Most app stacks depend on this one: it creates their namespace.
stack "platform" {
  tier = "platform"

  # The users, their namespaces and quotas are read from Vault.
  dependency "vault" {}

  # TLS secrets are copies of the wildcard certificate.
  dependency "cert-manager" {}

  # Default deny + allow-from-traefik network policies reference its namespace.
  dependency "traefik" {}

  dependency "kyverno" {}

  inputs = {
    default_quota = {
      cpu_requests    = "2"
      memory_requests = "4Gi"
      memory_limits   = "8Gi"
      pods            = "20"
    }
  }
}

# dbaas: the shared CloudNativePG cluster (3 instances) and MariaDB, plus one
# database and role per app, declared in var.databases.
stack "dbaas" {
  tier = "platform"

  dependency "nfs-csi" {}

  locals {
    # Apps that get a Postgres database. Passwords are generated and written
    # to secret/<app>/db in Vault.
    pg_apps = ["authentik", "forgejo", "woodpecker", "nextcloud", "immich", "paperless", "miniflux", "hedgedoc", "n8n", "mealie"]
  }

  inputs = {
    databases = { for app in local.pg_apps : app => { owner = app } }

    pg_instances = 3
    pg_version   = "16"

    # MariaDB only for the one app that still needs it.
    mariadb_databases = ["webmail"]
  }
}

stack "redis" {
  tier = "platform"

  inputs = {
    # Logical databases handed out per app; see docs/redis.md before reusing one.
    db_index = {
      authentik = 0
      immich    = 1
      nextcloud = 2
      paperless = 3
    }
  }
}

# authentik: SSO for everything (OIDC for Vault, Kubernetes, Forgejo,
# Woodpecker; forward auth for the rest through traefik).
stack "authentik" {
  tier = "platform"

  # Unlike the other dependencies, this one reads outputs: the database host and
  # name are only known after dbaas has run. The mocks keep `validate` and `plan`
  # working on a fresh checkout.
  dependency "dbaas" {
    skip_outputs = false

    mock_outputs = {
      pg_host     = "pg-rw.dbaas.svc.cluster.local"
      pg_database = "authentik"
    }
    mock_outputs_allowed_terraform_commands = ["validate", "plan"]
  }

  dependency "redis" {}

  inputs = {
    pg_host     = dependency.dbaas.outputs.pg_host
    pg_database = dependency.dbaas.outputs.pg_database

    redis_db = 0

    # Outposts run in the cluster; the embedded one is enough for forward auth.
    outposts = []
  }
}

# monitoring: kube-prometheus-stack, Alertmanager routes to ntfy and email,
# Grafana with Authentik login, blackbox probes for every public name.
stack "monitoring" {
  tier = "platform"

  # Grafana logs in through Authentik (generic OAuth).
  dependency "authentik" {}

  dependency "nfs-csi" {}

  inputs = {
    retention      = "30d"
    retention_size = "45GB"

    # Alerts that page. Everything else goes to the daily digest.
    critical_alerts = [
      "KubeNodeNotReady",
      "VaultSealed",
      "EmailRoundtripStale",
      "BackupTooOld",
    ]

    grafana_hostname = "grafana.lab.example.net" # also in Authentik's redirect URIs
  }
}

# loki + promtail. Single binary mode, filesystem storage on NFS.
stack "loki" {
  tier = "platform"

  dependency "monitoring" {}

  inputs = {
    retention_period = "336h" # 14 days
    storage_size     = "50Gi"
  }
}

# backup: restic CronJobs for every PVC labelled backup=daily, to the NAS and
# to B2. Alerting on stale snapshots lives in monitoring (BackupTooOld).
stack "backup" {
  tier = "platform"

  dependency "nfs-csi" {}
  dependency "monitoring" {}

  locals {
    schedules = {
      daily  = "30 2 * * *"
      weekly = "0 4 * * 0"
    }
  }

  inputs = {
    schedules = local.schedules

    keep_daily   = 7
    keep_weekly  = 4
    keep_monthly = 6

    b2_bucket = "homelab-restic"
  }
}

# registry: private OCI registry (distribution) behind traefik, with a
# pull-through cache for Docker Hub so CI does not hit the rate limit.
stack "registry" {
  tier = "platform"

  inputs = {
    hostname = "registry.lab.example.net"

    proxy_remote_url = "https://registry-1.docker.io"

    # Garbage collection runs weekly; untagged manifests older than this go.
    gc_keep_untagged_days = 7
  }
}

# k8s-portal: onboarding page for namespace owners (kubeconfig download,
# setup script). The module lives in the platform repo, nothing local.
stack "k8s-portal" {
  tier = "platform"

  dependency "authentik" {}
}

# ---------------------------------------------------------------------------
# Tier 3 (edge): what the internet talks to.
# ---------------------------------------------------------------------------

# mailserver: docker-mailserver 15 (Postfix + Dovecot + Rspamd) for
# lab.example.net. The Postfix main.cf overlay is the default of
# var.postfix_cf in modules/mailserver/variables.tf.
#
# Inbound: MX -> edge VM (HAProxy, PROXY protocol) -> MetalLB IP 10.0.20.201.
# Outbound: relayed through Brevo, the residential IP is on every blocklist.
stack "mailserver" {
  tier = "edge"

  # The main.cf/dovecot ConfigMaps carry the reloader annotation; without
  # reloader a config change needs a manual rollout.
  dependency "reloader" {}

  # TLS for SMTP/IMAP uses a dedicated certificate for mail.lab.example.net,
  # not the wildcard: some senders still reject wildcard certificates.
  dependency "cert-manager" {}

  inputs = {
    hostname = "mail.lab.example.net"
    domains  = ["lab.example.net", "example.net"]

    # Pinned: the postfix_cf overlay was checked against this image's postconf.
    image_tag = "15.0.0"

    load_balancer_ip = "10.0.20.201"

    # Accounts live in Vault (secret/mailserver -> accounts); only the aliases
    # are plain config.
    aliases = {
      "postmaster@lab.example.net" = "admin@lab.example.net"
      "abuse@lab.example.net" = "admin@lab.example.net"
      "dmarc@lab.example.net"      = "reports@lab.example.net"
    }
  }

  # Appended by docker-mailserver to its own main.cf at start-up
  # (postfix-main.cf); the last definition of a name wins.
  postfix_overlay "postfix_cf" {
    file    = "modules/mailserver/variables.tf"
    profile = "dms-15"

    # Managed by stackgen (stacks/mailserver). Do not edit in the pod.

    # --- Limits ---
    # 50 MiB; attachments above that go through Nextcloud links.
    message_size_limit   = 52428800
    mailbox_size_limit   = "0"
    delay_warning_time   = "4h"
    disable_vrfy_command = "yes"

    # --- Inbound TLS ---
    # Certificates come from smtpd_tls_chain_files, which docker-mailserver sets.
    smtpd_tls_auth_only           = "yes"
    smtpd_tls_security_level      = "may"
    smtpd_tls_mandatory_protocols = "!SSLv2, !SSLv3, !TLSv1, !TLSv1.1"
    smtpd_tls_protocols           = "$smtpd_tls_mandatory_protocols"
    # smtpd_tls_loglevel = 1

    # --- Outbound: everything goes through the relay ---
    relayhost                       = "[smtp-relay.brevo.com]:587" # the residential IP is blocklisted
    smtp_sasl_auth_enable           = "yes"
    smtp_sasl_password_maps         = "texthash:/etc/postfix/sasl_passwd"
    smtp_sasl_security_options      = "noanonymous"
    smtp_tls_security_level         = "encrypt"
    smtp_tls_session_cache_database = "btree:$${data_directory}/smtp_scache"

    # --- HELO and header checks ---
    smtpd_helo_required = "yes"
    smtpd_helo_restrictions = <<-EOT
      permit_mynetworks,
      permit_sasl_authenticated,
      reject_invalid_helo_hostname,
      reject_non_fqdn_helo_hostname
    EOT
    header_checks = "pcre:/etc/postfix/header_checks"

    # --- postscreen ---
    # DNSBL results are only logged (action ignore); Rspamd does the scoring.
    postscreen_dnsbl_sites         = "zen.spamhaus.org*3 bl.spamcop.net*1"
    postscreen_dnsbl_threshold     = "3"
    postscreen_dnsbl_action        = "ignore"
    postscreen_greet_action        = "enforce"
    postscreen_bare_newline_enable = "yes"

    # Disable the postscreen decision cache: the default btree cache needs an
    # exclusive lock, and concurrent postscreen processes died with "unable to
    # get exclusive lock". Per-session checks still apply, just not cached.
    postscreen_cache_map = ""
  }
}

# webmail: Roundcube in front of the mailserver's IMAP/submission.
stack "webmail" {
  tier  = "edge"
  state = "pg"

  dependency "mailserver" {}

  # Roundcube's plugin images are pulled from the private registry, so the pull
  # secret kyverno injects must exist first.
  dependency "kyverno" {}

  # MariaDB database "webmail".
  dependency "dbaas" {}

  inputs = {
    # Bump per deploy.
    image_tag = "1.6.9-apache"
  }

  generate "oci_provider" {
    path      = "oci_provider_override.tf"
    if_exists = "overwrite_terragrunt"
    contents  = <<EOF
terraform {
  required_providers {
    oci = {
      source  = "oracle/oci"
      version = "~> 6.21"
    }
  }
}
EOF
  }
}

# email-roundtrip-monitor: a CronJob that sends a message through Brevo to
# probe@lab.example.net and polls IMAP until it arrives (180 s window).
# Feeds the EmailRoundtripStale alert.
stack "email-roundtrip-monitor" {
  tier = "edge"

  dependency "mailserver" {}

  # Pushes its result to the Prometheus pushgateway.
  dependency "monitoring" {}

  inputs = {
    schedule           = "*/10 * * * *"
    imap_poll_timeout  = 180
    imap_poll_interval = 5

    recipient = "probe@lab.example.net"
  }
}

stack "cloudflared" {
  tier         = "edge"
  use_defaults = false # the tunnel must come up even while platform is broken

  # Tunnel credentials are created by infra and stored in Vault.
  dependency "infra" {}

  dependency "traefik" {}
}

# crowdsec: reads traefik access logs via loki and feeds the traefik bouncer.
stack "crowdsec" {
  tier = "edge"

  dependency "traefik" {}
  dependency "loki" {}

  inputs = {
    collections = [
      "crowdsecurity/traefik",
      "crowdsecurity/http-cve",
      # "crowdsecurity/base-http-scenarios", # too noisy with the probes
    ]

    ban_duration = "4h"
  }
}

# headscale: the VPN control server. Users log in with Authentik OIDC.
stack "headscale" {
  tier = "edge"

  dependency "authentik" {}

  inputs = {
    server_url = "https://headscale.lab.example.net"
    # Routes advertised by the subnet router on the edge VM.
    approved_routes = ["10.0.10.0/24", "10.0.20.0/24"]

    magic_dns_base_domain = "ts.lab.example.net"
  }
}

# status-page: gatus, public at status.lab.example.net. Runs on the edge VM's
# k3s as well, so it keeps reporting when the main cluster is down.
stack "status-page" {
  tier         = "edge"
  use_defaults = false # must not wait for anything in the main cluster

  terraform {
    source = "../../modules//gatus"

    # The edge k3s has its own kubeconfig.
    extra_arguments "edge_kubeconfig" {
      commands = ["plan", "apply", "destroy"]
      env_vars = {
        KUBECONFIG = "~/.kube/edge.yaml"
      }
    }
  }

  inputs = {
    endpoints = [
      { name = "mail", url = "tcp://mail.lab.example.net:25", interval = "1m" },
      { name = "website", url = "https://lab.example.net", interval = "1m" },
      { name = "vault", url = "https://vault.lab.example.net/v1/sys/health", interval = "30s" },
    ]
  }
}

# website: the static site, built by Woodpecker and served by nginx.
stack "website" {
  tier = "edge"
  inputs = {
    hostnames = ["lab.example.net", "www.lab.example.net"]
  }
}

# homepage: the start page. Its config is generated from the list of public
# names, no dependencies (it tolerates services that do not exist yet).
stack "homepage" {
  tier         = "edge"
  use_defaults = false

  inputs = {
    title = "lab"

    # Groups, in display order.
    groups = ["Media", "Documents", "Home", "Infra"]
  }

  generate "widgets" {
    path      = "widgets_override.tf"
    if_exists = "overwrite_terragrunt"
    contents  = <<EOT
locals {
  widgets = [
    { type = "resources", cpu = true, memory = true },
    { type = "search", provider = "duckduckgo" },
    { type = "datetime", format = { timeStyle = "short" } },
  ]
}
EOT
  }
}

# ---------------------------------------------------------------------------
# Tier 4 (aux): the apps. Alphabetical, please.
# ---------------------------------------------------------------------------

stack "actual-budget" {
  tier = "aux"

  # OIDC login (ACTUAL_OPENID_*).
  dependency "authentik" {}

  inputs = {
    hostname = "budget.lab.example.net"
  }
}

# audiobookshelf: audiobooks and podcasts.
stack "audiobookshelf" {
  tier = "aux"

  dependency "nfs-csi" {}

  inputs = {
    library_path = "/volume1/media/audiobooks"
  }
}

# changedetection.io with a headless chrome sidecar.
stack "changedetection" {
  tier = "aux"

  dependency "ntfy" {} # notifications go to ntfy topic "changes"

  inputs = {
    fetch_workers = 4
  }
}

# forgejo: git hosting (git.lab.example.net). Mirrors the GitHub repos.
stack "forgejo" {
  tier = "aux"

  dependency "dbaas" {}
  dependency "authentik" {}

  inputs = {
    ssh_port     = 2222
    lfs_enabled  = true
    storage_size = "100Gi"
  }
}

# frigate: NVR for the four cameras. Coral TPU on k8s-worker-3.
stack "frigate" {
    tier = "aux"

    dependency "home-assistant" {}
    dependency "nfs-csi" {}

    inputs = {
        cameras = ["driveway", "garden", "garage", "door"]
        record_retain_days = 10
    }
}

# hedgedoc: collaborative markdown notes.
stack "hedgedoc" {
  tier = "aux"

  dependency "dbaas" {}
  dependency "authentik" {}

  # Uploaded images go to the NFS share, not to a database; platform is only
  # needed for the namespace. Written out so the reason stays next to it.
  dependency "platform" {}
}

# home-assistant: runs with hostNetwork for mDNS discovery, pinned to the node
# with the Zigbee stick.
stack "home-assistant" {
  tier = "aux"

  /*
    MQTT used to live in its own stack (mosquitto); it was folded into this one
    in 2025. Kept here until the old state is gone.
  */
  inputs = {
    node_name     = "k8s-worker-3"
    zigbee_device = "/dev/serial/by-id/usb-ITead_Sonoff_Zigbee_3.0_USB_Dongle_Plus-if00-port0"

    trusted_proxies = ["10.244.0.0/16"]
  }
}

# immich: photo library. The ML pod wants the GPU node.
stack "immich" {
  tier = "aux"

  # pgvecto.rs extension is only installed on the dbaas cluster.
  dependency "dbaas" {}

  dependency "redis" {}

  inputs = {
    image_tag = "v1.123.0"
    ml_node_selector = { "lab.example.net/gpu" = "true" }
    library_path = "/volume1/photos" # read-only external library
    upload_storage = "200Gi"
  }
}

# jellyfin: media server, hardware transcoding on the GPU node.
stack "jellyfin" {
  tier = "aux"

  dependency "nfs-csi" {}

  inputs = {
    media_paths = ["/volume1/media/movies", "/volume1/media/tv", "/volume1/media/music"]
  }
}

# linkding: bookmarks. SQLite, no database dependency.
stack "linkding" {
  tier = "aux"

  # Login via Authentik proxy headers (LD_ENABLE_AUTH_PROXY).
  dependency "authentik" {}

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

# mealie: recipes and meal planning.
stack "mealie" {
  tier = "aux"

  locals {
    # Shared with the grocy experiment, which was removed; keep the same name so
    # existing bookmarks still work.
    hostname = "recipes.lab.example.net"
  }

  dependency "dbaas" {}

  inputs = {
    hostname = local.hostname
    base_url = "https://${local.hostname}"
  }
}

# miniflux: RSS reader.
stack "miniflux" {
  tier = "aux"

  // Postgres database "miniflux".
  dependency "dbaas" {}

  dependency "authentik" {}

  inputs = {
    polling_frequency = 30 // minutes
  }
}

# n8n: workflow automation (paperless -> nextcloud, RSS -> ntfy, ...).
stack "n8n" {
  tier = "aux"

  dependency "dbaas" {
    # Extra safety for `terragrunt run-all plan` on a fresh clone: no outputs are
    # read, but the mocks keep older Terragrunt versions quiet.
    mock_outputs                            = {}
    mock_outputs_allowed_terraform_commands = ["validate", "plan"]
  }

  # Workflows call ntfy and paperless; the order only matters for the first apply.
  dependencies {
    paths = ["../ntfy", "../paperless"]
  }

  inputs = {
    timezone = "Europe/Berlin"

    webhook_url = "https://n8n.lab.example.net/"
  }

  generate "encryption_key" {
    path      = "encryption_key_override.tf"
    if_exists = "overwrite_terragrunt"
    contents  = <<-EOT
      # The encryption key must never change once credentials are stored, or
      # every saved credential becomes unreadable.
      resource "random_password" "encryption_key" {
        length  = 48
        special = false

        lifecycle {
          prevent_destroy = true
        }
      }
    EOT
  }
}

# navidrome: music streaming (Subsonic API). Same music share as jellyfin.
stack "navidrome" {
  tier = "aux"

  dependency "jellyfin" {} # shares the media PV created there

  inputs = {
    music_path    = "/volume1/media/music"
    scan_schedule = "@every 1h"
  }
}

# nextcloud: files, calendar, contacts. Data on NFS, DB in dbaas, cache redis.
stack "nextcloud" {
  tier = "aux"

  dependency "platform" {}
  dependency "dbaas" {}
  dependency "redis" {}

  # The cron sidecar sends the weekly activity mail through the mailserver.
  dependency "mailserver" {}

  inputs = {
    chart_version = "6.2.4"

    # PHP limits. Upload size must stay below traefik's buffering limit.
    php_memory_limit = "1G"
    php_upload_limit = "16G"

    trusted_domains = ["cloud.lab.example.net"]

    # Previews are generated by the imaginary sidecar, not in-process.
    preview_imaginary = true
  }
}

# ntfy: push notifications; Alertmanager and Woodpecker post here.
stack "ntfy" {
  tier = "aux"

  # Everything derived: variable "tls_secret_name", the Vault source, source and tier.
  module "ntfy" {
    tls_secret_name = var.tls_secret_name
    # try() so the first apply works before the key exists.
    upstream_token = try(data.vault_kv_secret_v2.secrets.data["upstream_token"], "")
  }

  inputs = {
    base_url = "https://ntfy.lab.example.net"

    # Topics that may be read without login (status only, nothing private).
    public_topics = ["status"]
  }
}

# paperless-ngx: scanned documents. The scanner drops PDFs into the consume
# share over SMB.
stack "paperless" {
  tier = "aux"

  dependency "platform" {}

  dependency "dbaas" {}

  dependency "redis" {}

  inputs = {
    ocr_language = "deu+eng"
    consume_path = "/volume1/scans"
  }
}

# stirling-pdf: PDF tools. Stateless; its namespace is created by the module
# itself (it predates platform managing namespaces), so no dependencies.
stack "stirling-pdf" {
  tier         = "aux"
  use_defaults = false

  inputs = {
    namespace = "stirling-pdf"
    replicas  = 1
  }
}

stack "uptime-kuma" { tier = "aux" }

# vaultwarden: password manager. SQLite on a Longhorn-free local PV on purpose
# (NFS + SQLite locking do not mix); backed up hourly by backup.
stack "vaultwarden" {
  tier = "aux"

  # Invitation and 2FA mails.
  dependency "mailserver" {}

  dependency "backup" {}

  inputs = {
    signups_allowed = false
    domain          = "https://vault-pw.lab.example.net"
  }
}

# woodpecker: CI server + agents. Admins are every namespace owner in Vault.
stack "woodpecker" {
  tier = "aux"

  dependency "forgejo" {}
  dependency "dbaas" {}

  # The agents run privileged buildx; kyverno has an exception for this
  # namespace that must exist before the agents start.
  dependency "kyverno" {}

  inputs = {
    agent_replicas = 2

    # Kubernetes backend: every step is a pod in the woodpecker-pipelines namespace.
    backend                = "kubernetes"
    pipelines_namespace    = "woodpecker-pipelines"
    pipeline_storage_class = "nfs-csi"
  }

  generate "agent_config" {
    path      = "agent_config_override.tf"
    if_exists = "overwrite_terragrunt"
    contents  = <<-EOT
      locals {
        # Keep in sync with the kyverno exception in stacks/kyverno.
        agent_env = {
          WOODPECKER_BACKEND_K8S_NAMESPACE       = "woodpecker-pipelines"
          WOODPECKER_BACKEND_K8S_STORAGE_RWX     = "false"
          WOODPECKER_BACKEND_K8S_POD_LABELS      = jsonencode({ "app.kubernetes.io/part-of" = "woodpecker" })
          WOODPECKER_MAX_WORKFLOWS               = "2"
        }
      }
    EOT
  }
}
