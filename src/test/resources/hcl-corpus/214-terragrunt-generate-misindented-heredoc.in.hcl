generate "backend" {
    path = "backend.tf"
  if_exists = "overwrite_terragrunt"
        contents = <<EOF
terraform {
  backend "s3" {}
}
EOF
}
