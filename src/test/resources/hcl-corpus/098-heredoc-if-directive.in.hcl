conf = <<-EOT
  %{ if var.debug }
  log_level = debug
  %{ else }
  log_level = info
  %{ endif }
EOT
