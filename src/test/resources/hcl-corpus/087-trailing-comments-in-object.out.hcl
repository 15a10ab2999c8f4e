tags = {
  Name        = "x"    # the name
  Environment = "prod" # env
  Team        = "ops"
}
