pairs = flatten([for a in var.as : [for b in var.bs : { a = a, b = b }]])
