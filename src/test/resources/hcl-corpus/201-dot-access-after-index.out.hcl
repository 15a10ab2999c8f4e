x = var.a[0].b[1].c
y = var.a[0]
