v = var.x ? {
  a = 1
  } : var.y ? {
  b = 2
  } : {
  c = 3
}
