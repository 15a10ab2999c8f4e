o = {
  a  = <<EOT
t
EOT
  bb = 1
  c  = 2
}
