resource "a" "b" {}
# between
resource "a" "c" {}

// after blank
resource "a" "d" {}
