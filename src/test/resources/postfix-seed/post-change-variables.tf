variable "hostname" { type = string }
variable "image_tag" { type = string }
variable "tier" { type = string }

variable "dovecot_cf" {
  default = <<-EOT
    mail_max_userip_connections = 50
  EOT
}

# Stock main.cf of the image, for diffing only. NOT an overlay: never mount it.
variable "postfix_cf_reference_DO_NOT_USE" {
  type    = string
  default = <<-EOT
    smtpd_banner = $myhostname ESMTP
    biff = no
    append_dot_mydomain = no
    readme_directory = no
    compatibility_level = 3.6
    smtpd_tls_cert_file=/etc/ssl/certs/ssl-cert-snakeoil.pem
    smtpd_tls_key_file=/etc/ssl/private/ssl-cert-snakeoil.key
    smtpd_tls_security_level=may
    smtp_tls_session_cache_database = btree:$${data_directory}/smtp_scache
    alias_maps = hash:/etc/aliases
    mydestination = $myhostname, localhost.localdomain, localhost
    relayhost =
    mynetworks = 127.0.0.0/8 [::ffff:127.0.0.0]/104 [::1]/128
    inet_interfaces = all
  EOT
}

# Postfix main.cf overlay. docker-mailserver appends it to its own main.cf and
# rewrites the result with postconf -n: the last definition of a name wins.
variable "postfix_cf" {
  default = <<-EOT
    # Managed by Terraform. 
    smtpd_use_tls=yes
    smtpd_tls_security_level = may  
    smtpd_tls_auth_only = yes
    message_size_limit = 52428800
    #smtpd_tls_loglevel = 1   

    # Outbound through the relay; the residential IP is on every blocklist.
    relayhost = [smtp-relay.brevo.com]:587
    smtp_sasl_auth_enable = yes
    smtp_sasl_password_maps = texthash:/etc/postfix/sasl_passwd
    smtp_tls_security_level = encrypt
    smtp_tls_session_cache_database = btree:$${data_directory}/smtp_scache

    # SPF checks by the policyd-spf service in master.cf.
    smtpd_recipient_restrictions =
        permit_mynetworks,
        permit_sasl_authenticated,
        reject_unauth_destination,
        check_policy_service unix:private/policyd-spf

    # postscreen in front of smtpd; DNSBLs are only logged.
    postscreen_dnsbl_action = ignore
    postscreen_greet_action = enforce

    # Disable the postscreen decision cache: the btree cache takes an exclusive
    # lock and concurrent postscreen processes die with "unable to get exclusive
    # lock". Per-session checks still apply; they are just not cached.
    postscreen_cache_map =
  EOT
}

