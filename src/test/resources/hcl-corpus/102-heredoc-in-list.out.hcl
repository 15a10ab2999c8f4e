cmds = [<<EOT
first
EOT
  ,
  "second",
]
