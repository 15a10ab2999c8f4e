variable "postfix_cf" {
  description = "Postfix main.cf overlay merged by docker-mailserver (postfix-main.cf)"
  type        = string
  default     = <<-EOT
    # Managed by terraform; merged into main.cf by docker-mailserver.
    myhostname = mail.example.com
    relayhost = [smtp-relay.example.net]:587
    smtp_sasl_auth_enable = yes
    smtp_sasl_password_maps = texthash:/tmp/docker-mailserver/postfix-sasl-password.cf
    smtp_sasl_security_options = noanonymous
    smtp_tls_security_level = encrypt
    header_size_limit = 4096000
    message_size_limit = 52428800
    # $${name} is expanded by Postfix, not by Terraform
    virtual_mailbox_domains = $${mydomain}, example.org
    smtpd_banner = $${myhostname} ESMTP
    postscreen_dnsbl_action = ignore
    postscreen_greet_action = enforce
    postscreen_bare_newline_action = enforce
    # Disable the postscreen decision cache: concurrent postscreen processes fail to lock it.
    postscreen_cache_map =
  EOT
}

variable "dovecot_cf" {
  type    = string
  default = ""
}

variable "mailserver_image" {
  type    = string
  default = "docker.io/mailserver/docker-mailserver:15.0.0"
}
