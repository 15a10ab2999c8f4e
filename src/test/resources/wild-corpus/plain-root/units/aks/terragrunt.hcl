include {
  path = find_in_parent_folders()
}

terraform {
  source = "tfr:///Azure/aks/azurerm?version=1.2.0"
}

dependencies {
  paths = ["../rg", "../keyvault"]
}
