region            = "eu-west-1"
instance_count    = 3
enable_monitoring = true
allowed_cidrs     = ["10.0.0.0/8", "192.168.0.0/16"]
tags = {
  Owner      = "ops"
  CostCenter = "42"
}
