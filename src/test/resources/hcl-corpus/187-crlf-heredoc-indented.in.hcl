x {
y = <<-EOT
    a
      b
  EOT
}
