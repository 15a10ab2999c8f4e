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
    locals {
      mail_domain = "example.net"
    }

    postfix_overlay "postfix_cf" {
      profile = "dms-15"
      heredoc = "<<EOF"
      variable { # docker-mailserver: postfix-main.cf
        type     = string
        nullable = false
        default  = main_cf

        validation {
          condition     = !strcontains(var.postfix_cf, "smtpd_sasl_auth_only")
          error_message = "smtpd_sasl_auth_only is not a Postfix parameter; use smtpd_tls_auth_only."
        }
      } # end of the overlay

      relayhost                       = "[smtp-relay.example.net]:587"
      smtp_tls_session_cache_database = "btree:$${data_directory}/smtp_scache"
      smtpd_reject_footer             = "Contact postmaster, reference %%{code}"
      virtual_alias_maps              = "texthash:/tmp/docker-mailserver/postfix-virtual.cf"
    }

    output "overlay_lines" {
      value = length(split("\n", var.postfix_cf))
    }
  }
}
