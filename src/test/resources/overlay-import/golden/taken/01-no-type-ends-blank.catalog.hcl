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
      profile = "dms-15"
      variable {
        default = main_cf
      }

      line "# Overlay for docker-mailserver. " {}
      line "smtpd_use_tls=yes" {}
      line "smtpd_tls_security_level = may  " {}
      line "message_size_limit =52428800" {}
      postscreen_dnsbl_action = "ignore"
      line "#smtpd_tls_loglevel = 1   " {}

      mynetworks = "127.0.0.0/8 [::1]/128 10.0.0.0/8"
    }

  }
}
