locals {
  txt   = <<-EOT
      one
        two
      EOT
  after = 1
}
