a = <<EOT
body
no end marker
