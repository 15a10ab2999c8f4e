locals {
  environment   = "stage"
  instance_size = "medium"
}

