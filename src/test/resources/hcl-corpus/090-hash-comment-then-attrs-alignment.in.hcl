x {
  # about a
  a = 1
  bbb = 2
  # about c
  c = 3
  dddddd = 4
}
