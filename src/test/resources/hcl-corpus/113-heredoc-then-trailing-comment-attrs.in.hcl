a = <<EOT
x
EOT
b = 1 # one
cc = 2 # two
