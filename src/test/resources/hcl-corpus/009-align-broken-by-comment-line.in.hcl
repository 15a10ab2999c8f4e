a = 1
bbbbbb = 2
# a comment line
cc = 3
dddddddd = 4
