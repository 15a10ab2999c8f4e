# State for the stage account only.
remote_state {
  backend = "gcs"
  config = {
    project  = "acme-stage"
    location = "europe-west1"
    bucket   = "acme-stage-tfstate"
    prefix   = "${path_relative_to_include()}"
  }
}

inputs = {
  project = "acme-stage"
}
