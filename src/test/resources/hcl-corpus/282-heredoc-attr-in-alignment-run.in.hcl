aaaa = 1
b = <<EOT
text
EOT
cc = 2
