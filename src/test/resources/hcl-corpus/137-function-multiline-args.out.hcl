cidr = cidrsubnet(
  var.vpc_cidr,
  8,
  count.index,
)
joined = join(",",
  [
    "a",
    "b",
])
