# kyverno: admission policies. Most importantly it injects the registry pull
# secret into every namespace, which is why so many app stacks depend on it.

include "root" {
  path = find_in_parent_folders()
}

dependency "calico" {
  config_path  = "../calico"
  skip_outputs = true
}
