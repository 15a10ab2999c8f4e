terraform {
source = "git::git@github.com:acme/modules.git//vpc?ref=v1.2.3"
extra_arguments "common_vars" {
commands = get_terraform_commands_that_need_vars()
arguments = [
"-var-file=${get_parent_terragrunt_dir()}/common.tfvars",
"-lock-timeout=20m",
]
}
before_hook "fmt" {
commands = ["apply", "plan"]
execute = ["terraform", "fmt", "-recursive"]
}
}
