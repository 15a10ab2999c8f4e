generate "backend" {
  path      = "backend.tf"
  if_exists = "overwrite"
  contents  = <<EOF
terraform {
  backend "s3" {
    bucket = "acme-state"
    key    = "${path_relative_to_include()}/tofu.tfstate"
    region = "us-east-1"
  }
}
EOF
}

terraform_binary             = "tofu"
terraform_version_constraint = ">= 1.6"
