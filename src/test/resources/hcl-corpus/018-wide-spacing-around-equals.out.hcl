a   = 1
bb  = "two"
ccc = 3
