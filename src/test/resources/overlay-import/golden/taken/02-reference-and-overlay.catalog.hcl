# Imported by stackgen import from a hand-kept repository.

stackgen {
  stacks_dir = "stacks"
  header     = false
}

root {
  locals {
    tiers = {
      edge = "3-edge"
    }
  }

  remote_state {
    backend = "local"
    config = {
      path = "${get_parent_terragrunt_dir()}/state/${path_relative_to_include()}/terraform.tfstate"
    }
  }
}

stack "mailserver" {
  tier  = "edge"
  state = "pg"

  file "modules/mailserver/variables.tf" {
    variable "hostname" { type = string }
    variable "domains" { type = list(string) }

    # Debian's stock main.cf, kept for diffing against what docker-mailserver ships.
    # NOT an overlay: never mount it.
    variable "postfix_cf_reference_DO_NOT_USE" {
      type    = string
      default = <<-EOF
    # See /usr/share/postfix/main.cf.dist for a commented, more complete version
    smtpd_banner = $myhostname ESMTP $mail_name (Debian/GNU)
    biff = no
    append_dot_mydomain = no
    readme_directory = no
    compatibility_level = 3.6

    # TLS parameters
    smtpd_tls_cert_file=/etc/ssl/certs/ssl-cert-snakeoil.pem
    smtpd_tls_key_file=/etc/ssl/private/ssl-cert-snakeoil.key
    smtpd_tls_security_level=may
    smtp_tls_CApath=/etc/ssl/certs
    smtp_tls_session_cache_database = btree:$${data_directory}/smtp_scache
    smtpd_relay_restrictions = permit_mynetworks permit_sasl_authenticated defer_unauth_destination
    myhostname = mail.example.net
    alias_maps = hash:/etc/aliases
    mydestination = $myhostname, localhost.localdomain, localhost
    relayhost =
    mynetworks = 127.0.0.0/8 [::ffff:127.0.0.0]/104 [::1]/128
    mailbox_size_limit = 0
    recipient_delimiter = +
    inet_interfaces = all
    inet_protocols = all
  EOF
    }

    resource "kubernetes_config_map" "mailserver_env" {
      metadata {
        name      = "mailserver-env"
        namespace = "mailserver"
      }
      data = {
        ENABLE_POLICYD_SPF = "1"
      }
    }
    # SPF policy daemon runs as the policyd-spf service in master.cf.
    postfix_overlay "postfix_cf" {
      profile        = "dms-15"
      env            = {}
      heredoc_indent = 4
      variable {
        default = main_cf
        type    = string
      }

      policyd-spf_time_limit          = "3600"
      smtpd_recipient_restrictions    = <<-EOT

        permit_mynetworks,
        permit_sasl_authenticated,
        reject_unauth_destination,
        check_policy_service unix:private/policyd-spf
      EOT
      smtp_tls_session_cache_database = "btree:$${data_directory}/smtp_scache"
    }
  }
}
