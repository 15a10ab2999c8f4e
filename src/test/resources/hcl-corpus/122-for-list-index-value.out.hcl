indexed = [for i, v in var.list : "${i}:${v}"]
