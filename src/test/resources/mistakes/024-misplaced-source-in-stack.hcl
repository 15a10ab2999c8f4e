# Mistake: terraform source written at the stack level.
# expect: stackgen.hcl:14:3: source is not allowed in stack "web"; it belongs in terraform or engine

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

stack "web" {
  tier   = "apps"
  source = "git::https://example.com/modules.git//web?ref=v1.2.0"  # <- mistake
}
