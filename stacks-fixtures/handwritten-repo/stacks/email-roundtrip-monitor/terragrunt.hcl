# email-roundtrip-monitor: a CronJob that sends a message through Brevo to
# probe@lab.example.net and polls IMAP until it arrives (180 s window).
# Feeds the EmailRoundtripStale alert.

include "root" {
  path = find_in_parent_folders()
}

dependency "mailserver" {
  config_path  = "../mailserver"
  skip_outputs = true
}

# Pushes its result to the Prometheus pushgateway.
dependency "monitoring" {
  config_path  = "../monitoring"
  skip_outputs = true
}

inputs = {
  schedule           = "*/10 * * * *"
  imap_poll_timeout  = 180
  imap_poll_interval = 5

  recipient = "probe@lab.example.net"
}
