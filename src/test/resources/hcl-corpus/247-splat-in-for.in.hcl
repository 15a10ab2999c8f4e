ids = [for inst in aws_instance.web[*] : inst.id]
all_ips = flatten(aws_instance.web[*].private_ips)
