
remote_state {
  backend = "pg"
  config = {
    conn_str    = get_env("PG")
    schema_name = replace(path_relative_to_include(), "/", "_")
  }
}
