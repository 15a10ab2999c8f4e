policy = jsonencode(yamldecode(<<-EOT
  a: 1
  b: 2
EOT
))
trimmed = trimspace(<<EOT
  text
EOT
)
