biggest = max(var.numbers...)
merged  = merge(local.maps...)
spaced  = min(var.x...)
