a = aws_instance.web[*].id
b = var.x[*].y
