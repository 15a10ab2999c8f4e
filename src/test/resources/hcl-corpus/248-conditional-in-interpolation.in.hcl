name = "${var.prefix != "" ? "${var.prefix}-" : ""}app"
