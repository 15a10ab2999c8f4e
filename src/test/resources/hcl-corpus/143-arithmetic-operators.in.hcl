a = 1+2*3/4%5-6
b = (1 + 2) * 3
c = var.x*var.y
d = var.total / var.count
e = 10 % 3
