terraform {
  # nothing here yet
}
locals {
  /* todo */
}
