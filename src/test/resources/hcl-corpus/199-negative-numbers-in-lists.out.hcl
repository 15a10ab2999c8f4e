range = [-10, -5, 0, 5, 10]
m     = { min = -1, max = 1 }
