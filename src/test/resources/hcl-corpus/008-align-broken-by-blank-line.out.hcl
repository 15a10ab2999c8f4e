a      = 1
bbbbbb = 2

cc = 3
d  = 4
