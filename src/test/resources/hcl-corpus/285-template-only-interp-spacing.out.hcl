a = "${var.a}${var.b}"
b = "x${var.a} ${var.b}y"
c = "${var.a}-${var.b}"
