include "root" {
  path = find_in_parent_folders()
}

dependency "core" {
  config_path = "../../0-core/platform"
}

dependency "dns" { config_path = "../../3-edge/dns" }

inputs = {
  tier           = "4-aux"
  domain         = dependency.dns.outputs.domain
  cluster_issuer = dependency.core.outputs.cluster_issuer
}
