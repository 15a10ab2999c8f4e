include "root" { path = find_in_parent_folders() }
terraform { source = "../modules//x" }
dependency "a" { config_path = "../a" }
inputs = { a = dependency.a.outputs.id }
