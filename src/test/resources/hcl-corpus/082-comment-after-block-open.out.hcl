resource "x" "y" { # why this exists
  a = 1
} # end of resource
