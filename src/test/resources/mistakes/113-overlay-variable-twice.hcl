# Mistake: two variable blocks around one postfix_overlay's heredoc.
# expect: stackgen.hcl:17:5: postfix_overlay "postfix_cf" has more than one variable block (first at stackgen.hcl:14:5)

root {
  tiers = { apps = "2-apps" }
}

stack "mail" {
  tier = "apps"

  postfix_overlay "postfix_cf" {
    file      = "variables.tf"
    relayhost = "[smtp.example.net]:587"
    variable {
      default = main_cf
    }
    variable {  # <- mistake
      default = main_cf
    }
  }
}
