x = {
  a   = [for s in l : s]
  bbb = { for k, v in m : k => v }
  c   = 1
}
