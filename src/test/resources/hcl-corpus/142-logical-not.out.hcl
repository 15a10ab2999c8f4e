a = !var.enabled
b = !var.enabled
c = !(var.a && var.b)
d = !!var.x
