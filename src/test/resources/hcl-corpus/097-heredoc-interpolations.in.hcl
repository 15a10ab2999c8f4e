user_data = <<EOT
HOST=${var.host}
PORT=${var.port + 1}
NAME=${upper(local.name)}
EOT
