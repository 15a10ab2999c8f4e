# Mistake: postfix_overlay file outside the stack folder.
# expect: stackgen.hcl:15:12: file must be a relative path to a .tf file inside the stack folder (no '..'), got "../shared/variables.tf"

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
    file = "../shared/variables.tf"  # <- mistake
  }
}
