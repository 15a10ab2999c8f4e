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
    # Postfix overlay.
    postfix_overlay "postfix_cf" {
      profile        = "dms-15"
      heredoc_indent = 4

      line "" {}
      # leading blank line above is kept
      smtpd_helo_required = "yes"
      line "    " {}
      smtpd_delay_reject = "yes"


      disable_vrfy_command = "yes"
      line "" {}
    }
  }
}
