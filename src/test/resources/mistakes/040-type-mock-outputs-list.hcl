# Mistake: mock_outputs as a list.
# expect: stackgen.hcl:20:20: mock_outputs must be a map { key = value, ... }, got ["endpoint"]

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
}

stack "web" {
  tier = "apps"
  dependency "db" {
    mock_outputs = ["endpoint"]  # <- mistake
  }
}
