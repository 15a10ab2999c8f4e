x = <<EOT
this line mentions EOT but does not end it
  EOT is not alone here either x
EOT
