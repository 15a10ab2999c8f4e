# Mistake: postfix_overlay without file.
# expect: stackgen.hcl:14:3: postfix_overlay "postfix_cf" needs file = "<path of the .tf file in the stack>"

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

stack "mail" {
  tier = "edge"
  postfix_overlay "postfix_cf" {  # <- mistake
    relayhost = "[smtp.example.net]:587"
  }
}
