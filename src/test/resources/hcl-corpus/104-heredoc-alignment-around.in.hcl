a = 1
bb = <<EOT
body
EOT
ccc = 3
dddd = 4
