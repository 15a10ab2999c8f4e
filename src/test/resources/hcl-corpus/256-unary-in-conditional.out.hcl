a = !var.x ? -1 : 1
b = -var.y > 0
