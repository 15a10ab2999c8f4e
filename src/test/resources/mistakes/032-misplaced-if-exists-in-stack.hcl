# Mistake: if_exists written at the stack level.
# expect: stackgen.hcl:14:3: if_exists is not allowed in stack "web"; it belongs in generate

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

stack "web" {
  tier      = "apps"
  if_exists = "overwrite"  # <- mistake
}
