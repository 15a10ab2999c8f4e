locals {
  a = 1
  # trailing thought
}
