empty          = <<EOT
EOT
empty_indented = <<-EOT
  EOT
