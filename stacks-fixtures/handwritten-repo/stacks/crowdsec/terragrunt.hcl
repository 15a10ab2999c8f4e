# crowdsec: reads traefik access logs via loki and feeds the traefik bouncer.

include "root" {
  path = find_in_parent_folders()
}

dependency "traefik" {
  config_path  = "../traefik"
  skip_outputs = true
}

dependency "loki" {
  config_path  = "../loki"
  skip_outputs = true
}

inputs = {
  collections = [
    "crowdsecurity/traefik",
    "crowdsecurity/http-cve",
    # "crowdsecurity/base-http-scenarios", # too noisy with the probes
  ]

  ban_duration = "4h"
}
