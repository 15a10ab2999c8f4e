csv = "%{ for i, v in var.list }${v}%{ if i < length(var.list) - 1 },%{ endif }%{ endfor }"
