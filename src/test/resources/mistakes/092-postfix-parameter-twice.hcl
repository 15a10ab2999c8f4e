# Mistake: a Postfix parameter given twice.
# expect: stackgen.hcl:17:5: attribute "relayhost" was already set at 16:5

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
    file      = "variables.tf"
    relayhost = "[a.example.net]:587"
    relayhost = "[b.example.net]:587"  # <- mistake
  }
}
