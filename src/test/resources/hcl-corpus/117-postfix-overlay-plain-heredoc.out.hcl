variable "postfix_cf" {
  type    = string
  default = <<EOT
relayhost = [smtp-relay.example.net]:587
smtpd_banner = $${myhostname} ESMTP $${mail_name}
postscreen_cache_map =
EOT
}
