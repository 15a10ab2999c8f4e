o = {
"${var.prefix}-a" = 1
b = 2
"${var.p}" = 3
}
