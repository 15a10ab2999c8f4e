sep = "a	b"
x   = 1
