msg = <<-EOT
  Hello ${var.user != "" ? var.user : "world"}!
  %{~for k, v in var.map~}
  ${k}=${v}
  %{~endfor~}
  List: ${join(", ", [for s in var.list : "\"${s}\""])}
EOT
