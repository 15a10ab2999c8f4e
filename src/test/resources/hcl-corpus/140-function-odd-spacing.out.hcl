a = upper("x")
b = format("%s", var.y)
c = max(1, 2, 3)
