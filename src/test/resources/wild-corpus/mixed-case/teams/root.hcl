locals {
  team = "core"
}
