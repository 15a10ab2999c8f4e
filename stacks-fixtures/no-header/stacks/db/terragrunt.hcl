# db: the shared Postgres.

include "root" {
  path = find_in_parent_folders()
}

inputs = {
  instances = 1
}
