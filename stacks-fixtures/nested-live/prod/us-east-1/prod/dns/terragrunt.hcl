include "root" {
  path = find_in_parent_folders("root.hcl")
}

terraform {
  source = "git::https://git.example.org/modules/dns.git?ref=v1.0.0"
}

dependency "web" {
  config_path = "../webserver-cluster"
}
dependency "dr_web" {
  config_path = "${get_terragrunt_dir()}/../../../eu-west-1/dr/webserver-cluster"
}

inputs = {
  primary   = dependency.web.outputs.alb_dns_name
  secondary = dependency.dr_web.outputs.alb_dns_name
}
