# mailserver: docker-mailserver 15 (Postfix + Dovecot + Rspamd) for
# lab.example.net. The Postfix main.cf overlay is the default of
# var.postfix_cf in modules/mailserver/variables.tf.
#
# Inbound: MX -> edge VM (HAProxy, PROXY protocol) -> MetalLB IP 10.0.20.201.
# Outbound: relayed through Brevo, the residential IP is on every blocklist.

include "root" {
  path = find_in_parent_folders()
}

dependency "platform" {
  config_path  = "../platform"
  skip_outputs = true
}

# The main.cf/dovecot ConfigMaps carry the reloader annotation; without
# reloader a config change needs a manual rollout.
dependency "reloader" {
  config_path  = "../reloader"
  skip_outputs = true
}

# TLS for SMTP/IMAP uses a dedicated certificate for mail.lab.example.net,
# not the wildcard: some senders still reject wildcard certificates.
dependency "cert-manager" {
  config_path  = "../cert-manager"
  skip_outputs = true
}

inputs = {
  hostname = "mail.lab.example.net"
  domains  = ["lab.example.net", "example.net"]

  # Pinned: the postfix_cf overlay was checked against this image's postconf.
  image_tag = "15.0.0"

  load_balancer_ip = "10.0.20.201"

  # Accounts live in Vault (secret/mailserver -> accounts); only the aliases
  # are plain config.
  aliases = {
    "postmaster@lab.example.net" = "admin@lab.example.net"
    "abuse@lab.example.net"      = "admin@lab.example.net"
    "dmarc@lab.example.net"      = "reports@lab.example.net"
  }
}
