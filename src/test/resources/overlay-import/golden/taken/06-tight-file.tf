variable "image_tag" { type = string }
variable "postfix_cf" {
  type    = string
  default = <<-EOT
  smtpd_tls_mandatory_protocols = !SSLv2, !SSLv3, !TLSv1, !TLSv1.1
  smtpd_tls_protocols = $smtpd_tls_mandatory_protocols
  smtp_tls_protocols = $${smtpd_tls_mandatory_protocols}
EOT
}
variable "dovecot_cf" {
  type    = string
  default = <<EOT
protocols = imap lmtp
mail_max_userip_connections = 50
EOT
}
