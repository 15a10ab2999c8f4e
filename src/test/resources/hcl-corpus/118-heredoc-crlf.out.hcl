a  = <<EOT
line one
line two
EOT
bb = 2
