upper_names = [for s in var.names : upper(s)]
