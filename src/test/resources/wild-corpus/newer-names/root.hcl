terragrunt_version_constraint = ">= 0.80"
terraform_version_constraint  = ">= 1.5"
iam_role                      = "arn:aws:iam::123:role/tg"

remote_state {
  backend = "s3"
  config = {
    bucket = "x"
    key    = "${path_relative_to_include()}/s"
    region = "us-east-1"
  }
}
