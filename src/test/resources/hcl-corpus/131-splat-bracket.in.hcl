ids = aws_instance.web[*].id
ips = aws_instance.web[*].network_interface[*].private_ip
all = var.list[*]
