x = var.on ? [for s in var.l : s] : []
