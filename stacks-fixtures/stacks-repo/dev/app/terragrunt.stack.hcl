unit "api" {
  source = "git::https://git.example.org/infra-catalog.git//units/cloud-run?ref=v2.5.0-rc.1"
  path   = "api"
  values = {
    image   = "europe-docker.pkg.dev/acme/api:main"
    db_path = "../postgres"
  }
}

unit "postgres" {
  source                  = "git::https://git.example.org/infra-catalog.git//units/postgres-db?ref=v2.5.0-rc.1"
  path                    = "postgres"
  no_dot_terragrunt_stack = false
}

unit "worker" {
  source = "git::https://git.example.org/infra-catalog.git//units/cloud-run-job?ref=v2.5.0-rc.1"
  path   = "worker"
  values = {
    image    = "europe-docker.pkg.dev/acme/worker:main"
    api_path = "../api"
    schedule = "*/15 * * * *"
  }
}
