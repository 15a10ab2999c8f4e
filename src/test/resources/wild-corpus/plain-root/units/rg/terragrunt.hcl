include {
  path = find_in_parent_folders()
}

terraform {
  source = "tfr:///Azure/rg/azurerm?version=1.2.0"
}
