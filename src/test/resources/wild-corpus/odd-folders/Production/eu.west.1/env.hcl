locals {
  env = "production"
}
