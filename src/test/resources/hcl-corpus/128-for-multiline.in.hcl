subnets = {
for idx, az in var.azs :
az => cidrsubnet(var.cidr, 8, idx)
if idx < 3
}
list = [
for s in var.list :
trimspace(s)
]
