locals {
  tags = {
    team = "platform"
  }
}
