# Mistake: postfix_overlay written as postifx_overlay.
# expect: stackgen.hcl:15:3: unexpected block "postifx_overlay" in stack "mail"; did you mean "postfix_overlay"?

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

stack "mail" {
  tier = "edge"

  postifx_overlay "postfix_cf" {  # <- mistake
    file      = "variables.tf"
    relayhost = "[smtp.example.net]:587"
  }
}
