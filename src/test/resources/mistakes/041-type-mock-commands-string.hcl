# Mistake: mock_outputs_allowed_terraform_commands as one string.
# expect: stackgen.hcl:22:47: mock_outputs_allowed_terraform_commands must be a list of strings ["...", ...], got "plan"

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
    mock_outputs = { endpoint = "localhost" }
    mock_outputs_allowed_terraform_commands = "plan"  # <- mistake
  }
}
