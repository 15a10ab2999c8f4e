locals {
  mail_domain = "example.net"
}

variable "postfix_cf" { # docker-mailserver: postfix-main.cf
  type     = string
  nullable = false
  default  = <<EOF
relayhost = [smtp-relay.example.net]:587
smtp_tls_session_cache_database = btree:$${data_directory}/smtp_scache
smtpd_reject_footer = Contact postmaster, reference %%{code}
virtual_alias_maps = texthash:/tmp/docker-mailserver/postfix-virtual.cf
EOF

  validation {
    condition     = !strcontains(var.postfix_cf, "smtpd_sasl_auth_only")
    error_message = "smtpd_sasl_auth_only is not a Postfix parameter; use smtpd_tls_auth_only."
  }
} # end of the overlay

output "overlay_lines" {
  value = length(split("\n", var.postfix_cf))
}
