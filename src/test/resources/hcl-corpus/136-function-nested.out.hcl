name = lower(replace(trimspace(format("%s-%s", var.a, var.b)), "_", "-"))
