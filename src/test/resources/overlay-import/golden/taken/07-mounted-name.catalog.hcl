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
    # The overlay is whatever the ConfigMap mounts as postfix-main.cf (see main.tf);
    # postfix_cf is the old one, kept until the migration is verified.
    variable "postfix_cf" {
      type    = string
      default = <<EOT
smtpd_tls_auth_only = yes
EOT
    }

    postfix_overlay "mail_overlay" {
      profile        = "dms-15"
      heredoc_indent = 4
      variable {
        description = "Appended to docker-mailserver's main.cf."
        type        = string
        default     = main_cf
      }

      smtpd_tls_auth_only  = "yes"
      smtpd_sasl_auth_only = "yes"
    }
  }
}
