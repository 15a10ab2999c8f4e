unit "api" {
  source = "git::https://git.example.org/infra-catalog.git//units/cloud-run?ref=v2.4.0"
  path   = "api"
  values = {
    image   = "europe-docker.pkg.dev/acme/api:1.42.0"
    db_path = "../../postgres"
  }
}

unit "postgres" {
  source                  = "git::https://git.example.org/infra-catalog.git//units/postgres-db?ref=v2.4.0"
  path                    = "postgres"
  no_dot_terragrunt_stack = true
}

unit "worker" {
  source = "git::https://git.example.org/infra-catalog.git//units/cloud-run-job?ref=v2.4.0"
  path   = "worker"
  values = {
    image    = "europe-docker.pkg.dev/acme/worker:1.42.0"
    api_path = "../api"
    schedule = "*/15 * * * *"
  }
}
