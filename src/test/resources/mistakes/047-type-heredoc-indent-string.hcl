# Mistake: heredoc_indent as a string.
# expect: stackgen.hcl:16:22: heredoc_indent must be a number of spaces (0 for <<EOT, more for an indented <<-EOT), got "2"

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

stack "mail" {
  tier = "edge"
  postfix_overlay "postfix_cf" {
    file           = "variables.tf"
    heredoc_indent = "2"  # <- mistake
    relayhost      = "[smtp.example.net]:587"
  }
}
