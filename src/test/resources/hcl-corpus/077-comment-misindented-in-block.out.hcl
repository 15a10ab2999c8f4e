resource "x" "y" {
  # leading comment
  a = 1
  // another
  bb = 2
}
