non_empty = [for s in var.names : s if s != ""]
