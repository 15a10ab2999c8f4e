variable "hostname" { type = string }
variable "domains" { type = list(string) }
variable "image_tag" { type = string }
variable "load_balancer_ip" { type = string }
variable "certificate_name" { type = string }
variable "tier" { type = string }

variable "accounts" {
  type      = map(string)
  sensitive = true
}

variable "aliases" {
  type    = map(string)
  default = {}
}

variable "relay_user" {
  type      = string
  sensitive = true
}

variable "relay_password" {
  type      = string
  sensitive = true
}

variable "dkim_private_key" {
  type      = string
  sensitive = true
  default   = ""
}

# Postfix main.cf overlay. docker-mailserver copies this ConfigMap key to
# /tmp/docker-mailserver/postfix-main.cf, appends it to its own main.cf and
# rewrites the result with `postconf -n`: the last definition of a name wins.
# A line without "=" leaves an empty main.cf, so check changes with
# `postconf -c` on a copy before applying.
#
# Terraform interpolates "${...}" in heredocs: write Postfix's ${name} as $${name}.
variable "postfix_cf" {
  type    = string
  default = <<-EOT
    # Managed by Terraform (stacks/mailserver). Do not edit in the pod.

    # --- Limits -----------------------------------------------------------------
    # 50 MiB; attachments above that go through Nextcloud links.
    message_size_limit = 52428800
    mailbox_size_limit = 0
    delay_warning_time = 4h
    disable_vrfy_command = yes

    # --- Inbound TLS ------------------------------------------------------------
    # Certificates come from smtpd_tls_chain_files, which docker-mailserver
    # sets; the legacy cert_file/key_file names would be ignored.
    smtpd_tls_auth_only = yes
    smtpd_tls_security_level = may
    smtpd_tls_mandatory_protocols = !SSLv2, !SSLv3, !TLSv1, !TLSv1.1
    smtpd_tls_protocols = $smtpd_tls_mandatory_protocols
    #smtpd_tls_loglevel = 1

    # --- Outbound: everything goes through Brevo --------------------------------
    # The residential IP is on every blocklist, direct delivery is hopeless.
    relayhost = [smtp-relay.brevo.com]:587
    smtp_sasl_auth_enable = yes
    smtp_sasl_password_maps = texthash:/etc/postfix/sasl_passwd
    smtp_sasl_security_options = noanonymous
    smtp_tls_security_level = encrypt
    smtp_tls_protocols = $smtpd_tls_mandatory_protocols
    smtp_tls_session_cache_database = btree:$${data_directory}/smtp_scache

    # --- HELO and header checks -------------------------------------------------
    smtpd_helo_required = yes
    smtpd_helo_restrictions =
        permit_mynetworks,
        permit_sasl_authenticated,
        reject_invalid_helo_hostname,
        reject_non_fqdn_helo_hostname
    # Strips the webmail client's User-Agent and internal Received headers.
    header_checks = pcre:/etc/postfix/header_checks

    # --- postscreen -------------------------------------------------------------
    # DNSBL results are only logged (action ignore); Rspamd does the scoring.
    postscreen_dnsbl_sites = zen.spamhaus.org*3
        bl.spamcop.net*1
        b.barracudacentral.org*1
    postscreen_dnsbl_threshold = 3
    postscreen_dnsbl_action = ignore
    postscreen_greet_action = enforce
    postscreen_bare_newline_enable = yes
    postscreen_bare_newline_action = enforce

    # Disable the postscreen decision cache. The default btree cache takes an
    # exclusive lock, and concurrent postscreen processes died with "unable to
    # get exclusive lock" (~1/min, 5,464 in 24h), dropping inbound sessions and
    # delaying the e2e email-roundtrip probe. lmdb is not in this image's
    # `postconf -m`. Per-session checks still apply; they are just not cached.
    # postscreen_cache_map = proxy:btree:$${data_directory}/postscreen_cache
    postscreen_cache_map =
  EOT
}

# Dovecot overrides (docker-mailserver: dovecot.cf). Not Postfix syntax.
variable "dovecot_cf" {
  type    = string
  default = <<EOT
# Deduplicate the userdb (see the previous change): one passdb, one userdb.
mail_max_userip_connections = 50

protocol imap {
  mail_plugins = $mail_plugins imap_sieve
}

plugin {
  sieve_before = /var/mail/sieve/before.d/
}
EOT
}
