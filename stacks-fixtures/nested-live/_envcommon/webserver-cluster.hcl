locals {
  environment_vars = read_terragrunt_config(find_in_parent_folders("env.hcl"))
  env              = local.environment_vars.locals.environment
  base_source_url  = "git::https://git.example.org/modules/asg-alb-service.git"
}
dependency "vpc" {
  config_path = "${get_terragrunt_dir()}/../vpc"
}
dependency "mysql" {
  config_path  = "${get_terragrunt_dir()}/../mysql"
  skip_outputs = true
}

inputs = {
  name          = "web-${local.env}"
  instance_type = "t3.micro"
  min_size      = 2
  max_size      = 2
  server_port   = 8080
  vpc_id        = dependency.vpc.outputs.vpc_id
}
