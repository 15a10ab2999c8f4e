a =
bb = 2
