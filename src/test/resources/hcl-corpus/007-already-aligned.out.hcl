region      = "eu-west-1"
environment = "prod"
replicas    = 3
