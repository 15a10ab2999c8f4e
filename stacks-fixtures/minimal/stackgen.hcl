root {
  tiers = { apps = "0-apps" }
}

stack "hello" {
  tier = "apps"
}
