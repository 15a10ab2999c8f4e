a = "${var.x}"
b = "${var.x + 1}"
c = "${upper(var.y)}"
