# Databases and caches. Both read the network stack's VPC.
unit "postgres" {
  source = "git::https://git.example.org/infra-catalog.git//units/postgres?ref=v2.4.0"
  path   = "postgres"

  values = {
    tier     = "db-custom-4-16384"
    ha       = true
    vpc_path = "../../../network/.terragrunt-stack/vpc"
  }
}
unit "redis" {
  source = "git::https://git.example.org/infra-catalog.git//units/redis?ref=v2.4.0"
  path   = "redis"
  values = {
    memory_gb = 8
    replicas  = 2 # one per zone
  }
}
