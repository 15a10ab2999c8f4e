# Mistake: mock_outputs_allowed_terraform_command (singular).
# expect: stackgen.hcl:21:5: unknown attribute "mock_outputs_allowed_terraform_command" in dependency "db"; did you mean "mock_outputs_allowed_terraform_commands"?

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
    mock_outputs_allowed_terraform_command = ["plan", "validate"]  # <- mistake
  }
}
