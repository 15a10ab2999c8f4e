a = 1 # one
bbb = 2 # two
locals {
  x = 1 // x
}
