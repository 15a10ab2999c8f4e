a = "$${literal}"
b = <<EOT
$${literal}
%%{ literal }
EOT
