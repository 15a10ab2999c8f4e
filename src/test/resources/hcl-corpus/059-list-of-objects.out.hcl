rules = [
  {
    port     = 80
    protocol = "tcp"
  },
  {
    port        = 443
    protocol    = "tcp"
    description = "https"
  },
]
