locals {
  environment   = "prod"
  instance_size = "large" # sized for peak
  protected     = true
}
