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
    postfix_overlay "postfix_cf" {
      profile              = "dms-15"
      heredoc              = "<<-CONFIG"
      heredoc_indent       = 6
      heredoc_close_indent = 4
      variable {
        description = "Postfix main.cf overlay: docker-mailserver appends it and runs postconf -n."

        sensitive = false
        default   = main_cf
        type      = string
      }

      # Limits
      line "message_size_limit\t=\t52428800" {}
      mailbox_size_limit = "0"
      line "      \t" {}
      line "2bounce_notice_recipient = postmaster" {}
      line "  # indented comment, still a comment for postconf  " {}
      line "smtpd_helo_restrictions =\tpermit_mynetworks," {}
      line "\treject_invalid_helo_hostname,  " {}
      line "\treject_non_fqdn_helo_hostname" {}
      postscreen_dnsbl_action = "ignore"
      line "postscreen_dnsbl_action = enforce" {}
      smtpd_tls_auth_only     = "yes"
      header_checks           = "pcre:/etc/postfix/header_checks"
      empty_address_recipient = ""
    }
  }
}
