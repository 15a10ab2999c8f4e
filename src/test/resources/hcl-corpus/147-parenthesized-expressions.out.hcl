a = (var.x)
b = ((1 + 2))
c = (var.y)
