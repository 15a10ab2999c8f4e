# Mistake: an attribute directly in a file block.
# expect: stackgen.hcl:15:5: unknown attribute "domain" in file "variables.tf"; it takes blocks only

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

stack "mail" {
  tier = "edge"
  file "variables.tf" {
    domain = "example.net"  # <- mistake
  }
}
