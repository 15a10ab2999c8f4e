msg = <<EOT
Grüße aus Köln
你好 ${var.name}
EOT
