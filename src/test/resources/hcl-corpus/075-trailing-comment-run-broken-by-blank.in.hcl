a = 1 # one
bbbbb = 2 # two

c = 3 # three
dddddddddd = 4 # four
