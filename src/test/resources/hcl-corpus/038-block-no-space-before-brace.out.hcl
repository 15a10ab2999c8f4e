resource "a" "b" {
  x = 1
}
locals {
  y = 2
}
