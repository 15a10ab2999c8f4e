obj = {
  a = 1
  bb = {
    nested = true
  }
  ccc = 3
  dddd = [
    1,
  ]
  e = 5
}
