# Mistake: errors retry sleep_interval_sec written as sleep_interval.
# expect: stackgen.hcl:18:7: unknown attribute "sleep_interval" in retry "network"; did you mean "sleep_interval_sec"?

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

stack "web" {
  tier = "apps"
  errors {
    retry "network" {
      retryable_errors = [".*timeout.*"]
      max_attempts     = 3
      sleep_interval   = 5  # <- mistake
    }
  }
}
