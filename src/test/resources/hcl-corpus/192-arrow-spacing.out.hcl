m = { for k, v in var.m : k => v }
n = { for k, v in var.m : k => v }
