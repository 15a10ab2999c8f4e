# stirling-pdf: PDF tools. Stateless; its namespace is created by the module
# itself (it predates platform managing namespaces), so no dependencies.

include "root" {
  path = find_in_parent_folders()
}

inputs = {
  namespace = "stirling-pdf"
  replicas  = 1
}
