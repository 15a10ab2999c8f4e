locals {
  account_name   = "prod"
  aws_account_id = "111111111111" # billing: platform

  # Who may assume the deploy role.
  deploy_principals = [
    "arn:aws:iam::111111111111:role/ci",
    "arn:aws:iam::111111111111:role/breakglass",
  ]
}

