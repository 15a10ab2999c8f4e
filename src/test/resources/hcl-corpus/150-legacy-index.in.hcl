a = foo.0.bar
b = aws_instance.web.0.id
