include "root" {
  path = find_in_parent_folders()
}

inputs = {
  name     = "x"
  replicas = 2
}
