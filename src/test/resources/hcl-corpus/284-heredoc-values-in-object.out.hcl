o = {
  a   = <<EOT
x
EOT
  bbb = 1
  cc  = <<-EOT
    y
  EOT
}
