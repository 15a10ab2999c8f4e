now = timestamp()
id  = uuid()
