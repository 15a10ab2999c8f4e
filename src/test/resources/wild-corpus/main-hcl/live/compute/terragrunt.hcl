include "root" {
  path = find_in_parent_folders("main.hcl")
}

feature "enabled" {
  default = true
}

exclude {
  if      = !feature.enabled.value
  actions = ["all"]
}

errors {
  retry "net" {
    retryable_errors   = [".*timeout.*"]
    max_attempts       = 3
    sleep_interval_sec = 5
  }
}
