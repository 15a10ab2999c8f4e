a = concat(var.a, ["x"], [for s in var.b : s])
b = setunion(var.x, var.y)
c = contains(var.list, "x") ? 1 : 0
d = length(keys(var.m)) > 0
