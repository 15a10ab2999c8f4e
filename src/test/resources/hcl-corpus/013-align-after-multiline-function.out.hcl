a = 1
bb = merge(
  local.x,
  local.y,
)
ccc = 3
d   = "x"
