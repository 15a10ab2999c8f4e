# Mistake: extra_arguments arguments written as argument.
# expect: stackgen.hcl:17:7: unknown attribute "argument" in extra_arguments "lock"; did you mean "arguments"?

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

stack "web" {
  tier = "apps"
  terraform {
    extra_arguments "lock" {
      commands = ["apply"]
      argument = ["-lock-timeout=20m"]  # <- mistake
    }
  }
}
