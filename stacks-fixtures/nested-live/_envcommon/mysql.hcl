locals {
  environment_vars = read_terragrunt_config(find_in_parent_folders("env.hcl"))
  env              = local.environment_vars.locals.environment
  base_source_url  = "git::https://git.example.org/modules/mysql.git"
}

# Every environment's database lives in that environment's VPC.
dependency "vpc" {
  config_path = "${get_terragrunt_dir()}/../vpc"

  mock_outputs = {
    vpc_id = "vpc-mock"
  }
  mock_outputs_allowed_terraform_commands = ["validate", "plan"]
}

inputs = {
  name              = "mysql_${local.env}"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  vpc_id            = dependency.vpc.outputs.vpc_id
}
