env = {
  # general
  LOG_LEVEL = "info" # verbose otherwise

  DB_HOST = var.db_host
  DB_PORT = 5432 # default
}
