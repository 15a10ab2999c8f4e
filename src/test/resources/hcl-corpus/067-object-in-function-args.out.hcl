tags = merge({ a = 1 }, { b = 2 }, var.tags)
