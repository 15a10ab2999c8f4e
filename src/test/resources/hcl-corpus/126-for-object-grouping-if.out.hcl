admins = { for u in var.users : u.team => u... if u.admin }
