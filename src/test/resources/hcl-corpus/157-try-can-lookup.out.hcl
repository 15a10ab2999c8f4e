a = try(var.obj.field, null)
b = can(regex("^x", var.s))
c = lookup(var.map, "key", "default")
d = coalesce(var.a, var.b, "c")
