resource "x" "y" {
  a = 1
  bb = {
    c = 3
  }
}
