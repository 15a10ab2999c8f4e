include "root" {
  path = find_in_parent_folders()
}

dependency "db" {
  config_path = "../db"

  mock_outputs = {
    url = "postgres://mock"
  }
}

inputs = {
  db_url = dependency.db.outputs.url
}
