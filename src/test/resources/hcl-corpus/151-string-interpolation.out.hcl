name   = "${var.project}-${var.env}-bucket"
joined = "${join(",", var.list)}"
nested = "${var.a != "" ? "${var.a}-x" : "none"}"
