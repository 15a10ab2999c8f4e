block {
  some-name    = 1
  other_name-2 = 2
  x            = 3
}
