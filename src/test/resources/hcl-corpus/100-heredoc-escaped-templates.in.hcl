tpl = <<EOT
literal $${name} and %%{ if } here
real ${var.x}
EOT
