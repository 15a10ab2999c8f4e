script = <<EOT
#!/bin/sh
echo "hello"
  indented line
EOT
