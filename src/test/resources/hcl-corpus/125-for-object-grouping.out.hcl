by_team = { for u in var.users : u.team => u.name... }
