tags = { Name = "web", Env = "prod", Team = "ops" }
