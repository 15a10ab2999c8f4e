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
    variable "image_tag" { type = string }
    postfix_overlay "postfix_cf" {
      profile              = "dms-15"
      heredoc_indent       = 2
      heredoc_close_indent = 0

      smtpd_tls_mandatory_protocols = "!SSLv2, !SSLv3, !TLSv1, !TLSv1.1"
      smtpd_tls_protocols           = "$smtpd_tls_mandatory_protocols"
      smtp_tls_protocols            = "$${smtpd_tls_mandatory_protocols}"
    }
    variable "dovecot_cf" {
      type    = string
      default = <<EOT
protocols = imap lmtp
mail_max_userip_connections = 50
EOT
    }
  }
}
