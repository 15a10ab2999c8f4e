variable "postfix_cf" {
  description = "Postfix main.cf overlay: docker-mailserver appends it and runs postconf -n."

  sensitive = false
  default   = <<-CONFIG
      # Limits
      message_size_limit	=	52428800
      mailbox_size_limit = 0
      	
      2bounce_notice_recipient = postmaster
        # indented comment, still a comment for postconf  
      smtpd_helo_restrictions =	permit_mynetworks,
      	reject_invalid_helo_hostname,  
      	reject_non_fqdn_helo_hostname
      postscreen_dnsbl_action = ignore
      postscreen_dnsbl_action = enforce
      smtpd_tls_auth_only = yes
      header_checks = pcre:/etc/postfix/header_checks
      empty_address_recipient =
    CONFIG
  type      = string
}
