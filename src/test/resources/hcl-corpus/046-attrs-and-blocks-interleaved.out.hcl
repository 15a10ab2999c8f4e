resource "x" "y" {
  a   = 1
  bbb = 2
  nested {
    q = 1
  }
  cc   = 3
  dddd = 4
  nested {}
  e = 5
}
