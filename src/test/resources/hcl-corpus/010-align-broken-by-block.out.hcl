a      = 1
bbbbbb = 2
locals {
  x = 1
}
cc = 3
d  = 4
