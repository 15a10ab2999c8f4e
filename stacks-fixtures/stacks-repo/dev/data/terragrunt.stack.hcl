# Databases and caches. Both read the network stack's VPC.
unit "postgres" {
  source = "git::https://git.example.org/infra-catalog.git//units/postgres?ref=v2.5.0-rc.1"
  path   = "postgres"

  values = {
    tier     = "db-f1-micro"
    ha       = false
    vpc_path = "../../../network/.terragrunt-stack/vpc"
  }
}
unit "redis" {
  source = "git::https://git.example.org/infra-catalog.git//units/redis?ref=v2.5.0-rc.1"
  path   = "redis"
  values = {
    memory_gb = 1
  }
}
