variable "postfix_cf" {
  type    = string
  default = <<EOT
message_size_limit = 52428800
smtpd_tls_loglevel 1
EOT
}
