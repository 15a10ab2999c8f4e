ä = <<EOT
ü
EOT
bb = 1
