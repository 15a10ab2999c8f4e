ok = (
var.a &&
var.b &&
!var.c
)
total = (
var.x +
var.y
)
