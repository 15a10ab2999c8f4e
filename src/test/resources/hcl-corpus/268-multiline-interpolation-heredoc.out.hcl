x = <<EOT
before ${join(",", [
"a",
"b"
])} after
EOT
y = 1
