a    = 1 # one
bb   = 2
ccc  = 3 # three
dddd = 4
