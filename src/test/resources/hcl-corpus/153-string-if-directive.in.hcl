greeting = "Hello, %{ if var.name != "" }${var.name}%{ else }stranger%{ endif }!"
