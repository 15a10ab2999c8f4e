resource "x" "y" {
  a    = 1
  body = <<EOT
  keep   this   spacing
	and this tab
EOT
  bb   = 2
}
