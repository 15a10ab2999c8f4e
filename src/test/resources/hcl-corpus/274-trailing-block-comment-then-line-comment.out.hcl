a    = 1 /* x */ # y
bbbb = 2         # z
