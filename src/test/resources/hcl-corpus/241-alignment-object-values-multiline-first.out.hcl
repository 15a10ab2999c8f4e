x = {
  first = {
    a = 1
  }
  b      = 2
  cccccc = 3
}
