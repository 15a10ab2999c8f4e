a = -1
b = -var.x
c = 5 - -3
d = -(var.a + var.b)
e = [-1, -2.5]
f = x-1
