# Mistake: tier written without quotes.
# expect: stackgen.hcl:13:10: tier must be a literal string, got apps

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

stack "web" {
  tier = apps  # <- mistake
}
