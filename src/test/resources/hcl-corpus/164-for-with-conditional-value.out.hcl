x = [for s in var.l : s == "" ? "empty" : s]
y = { for k, v in var.m : k => v if v != null && v != "" }
