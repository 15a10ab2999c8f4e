# Mistake: profile "dms-14".
# expect: stackgen.hcl:16:15: profile must be "dms-15", got "dms-14" (did you mean "dms-15"?)

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
    file    = "variables.tf"
    profile = "dms-14"  # <- mistake
  }
}
