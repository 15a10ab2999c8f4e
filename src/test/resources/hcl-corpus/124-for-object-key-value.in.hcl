upper_map = { for k, v in var.map : k => upper(v) }
