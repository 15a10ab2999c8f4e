a           = 1     # one
longer_name = "two" # two
b           = true  # three
