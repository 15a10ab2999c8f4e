m = { a : 1, bb : 2 }
n = {
  a : 1
  longer : 2
}
