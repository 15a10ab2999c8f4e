stack "monitoring" {
  source = "git::https://git.example.org/infra-catalog.git//stacks/monitoring?ref=v2.4.0"
  path   = "monitoring"
  values = {
    retention_days = 90
  }
}

stack "logging" {
  source        = "git::https://git.example.org/infra-catalog.git//stacks/logging?ref=v2.4.0"
  path          = "logging"
  no_validation = true
}
