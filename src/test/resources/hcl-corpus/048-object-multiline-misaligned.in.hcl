tags = {
Name = "web"
Environment = "prod"
  Team="ops"
        CostCenter = 1234
}
