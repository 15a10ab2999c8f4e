# QA mirrors dev but with nightly teardown.
locals {
  environment = "qa"

  teardown = true
}
