resource "x" "y" {
  script = <<-EOT
    #!/bin/sh
    echo "hello"
      deeper
  EOT
}
