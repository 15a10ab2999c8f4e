# The overlay is whatever the ConfigMap mounts as postfix-main.cf (see main.tf);
# postfix_cf is the old one, kept until the migration is verified.
variable "postfix_cf" {
  type    = string
  default = <<EOT
smtpd_tls_auth_only = yes
EOT
}

variable "mail_overlay" {
  description = "Appended to docker-mailserver's main.cf."
  type        = string
  default     = <<-EOT
    smtpd_tls_auth_only = yes
    smtpd_sasl_auth_only = yes
  EOT
}
