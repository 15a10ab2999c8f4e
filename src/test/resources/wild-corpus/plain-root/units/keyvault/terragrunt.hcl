include {
  path = find_in_parent_folders()
}

terraform {
  source = "tfr:///Azure/keyvault/azurerm?version=1.2.0"
}

dependency "rg" {
  config_path  = "../rg"
  skip_outputs = true
}