a = "%{~if true~} x %{~endif~}"
b = "${~var.x~}"
