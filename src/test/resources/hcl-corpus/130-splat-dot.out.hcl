ids   = aws_instance.web.*.id
names = var.list.*.name
