# Mistake: prevent_destroy = "yes".
# expect: stackgen.hcl:16:21: prevent_destroy must be true or false, got "yes"

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

stack "db" {
  tier  = "core"
  state = "local"

  prevent_destroy = "yes"  # <- mistake
}
