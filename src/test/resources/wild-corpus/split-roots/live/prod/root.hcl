# State for the prod account only.
remote_state {
  backend = "gcs"
  config = {
    project  = "acme-prod"
    location = "europe-west1"
    bucket   = "acme-prod-tfstate"
    prefix   = "${path_relative_to_include()}"
  }
}

inputs = {
  project = "acme-prod"
}
