m = {
  (var.key)         = 1
  "${var.prefix}-x" = 2
  plain             = 3
}
