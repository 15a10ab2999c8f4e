stack "monitoring" {
  source = "git::https://git.example.org/infra-catalog.git//stacks/monitoring?ref=v2.5.0-rc.1"
  path   = "monitoring"
  values = {
    retention_days = 7
  }
}
