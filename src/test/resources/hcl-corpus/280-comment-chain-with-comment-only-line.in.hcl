a = 1 # one
# standalone
bbbbb = 2 # two
cc = 3 # three
