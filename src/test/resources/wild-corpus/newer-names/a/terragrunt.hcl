include "root" {
  path = find_in_parent_folders("root.hcl")
}

future_block {
  setting = true
}

terraform {
  source              = "../modules/a"
  brand_new_attribute = 1
}
