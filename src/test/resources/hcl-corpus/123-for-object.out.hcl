by_name = { for u in var.users : u.name => u }
