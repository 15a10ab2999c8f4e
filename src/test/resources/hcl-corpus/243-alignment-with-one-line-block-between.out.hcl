a    = 1
bbbb = 2
x { y = 1 }
ccccccc = 3
d       = 4
