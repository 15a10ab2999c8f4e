users = [{ name = "a", admin = true }, { name = "bb", admin = false }]
