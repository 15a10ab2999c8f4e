a = { k : "v" }
b = x ? y : z
c = [for v in l : v]
