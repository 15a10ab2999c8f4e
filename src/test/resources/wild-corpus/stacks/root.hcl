remote_state {
  backend = "s3"
  config = {
    bucket = "b"
    key    = "${path_relative_to_include()}/tf.tfstate"
    region = "eu-west-1"
  }
}
