a {
  b {
    c = <<-EOT
  ${var.x} and ${var.y}
  EOT
  }
}
