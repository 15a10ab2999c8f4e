a = b ? -1 : -2
c = (-1)
d = f(-1, -2)
e = x == -1
f = -x * -y
g = [for x in l : -x]
h = [for x in l : x if -x < 0]
i = l[-1]
j = 2 * (-3)
k = "s" - 1
