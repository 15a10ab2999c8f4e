x = <<EOT
# not a comment
// nor this
/* nor this */
EOT
y = 1
