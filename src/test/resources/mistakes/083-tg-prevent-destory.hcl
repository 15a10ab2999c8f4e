# Mistake: prevent_destroy written as prevent_destory.
# expect: stackgen.hcl:15:3: unknown attribute "prevent_destory" in stack "db"; did you mean "prevent_destroy"?

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
  prevent_destory = true  # <- mistake
}
