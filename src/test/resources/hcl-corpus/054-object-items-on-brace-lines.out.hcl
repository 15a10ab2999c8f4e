x = { a = 1
bb = 2 }
y = {
c = 3 }
