a = element(var.list, 0).name
b = tolist(var.set)[0]
c = jsondecode(var.j)["k"].v
