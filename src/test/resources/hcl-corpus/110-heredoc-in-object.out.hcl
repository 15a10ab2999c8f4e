files = {
  "a.txt" = <<EOT
alpha
EOT
  "b.txt" = "beta"
  ccc     = 3
}
