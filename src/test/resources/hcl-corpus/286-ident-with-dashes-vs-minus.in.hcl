a = x-1
b = x - 1
c = x -1
