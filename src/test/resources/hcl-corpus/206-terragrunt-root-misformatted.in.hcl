locals {
tiers = {core="0-core",cluster="1-cluster"}
      state_bucket="tfstate"
}
remote_state {
backend="s3"
      generate={
  path="backend.tf"
        if_exists="overwrite_terragrunt"
 }
config={
bucket=local.state_bucket
key="${path_relative_to_include()}/terraform.tfstate"
region="eu-west-1"
}
}
generate "provider" {
path = "provider.tf"
if_exists = "overwrite"
contents = <<EOF
provider "kubernetes" {
config_path = "~/.kube/config"
}
EOF
}
