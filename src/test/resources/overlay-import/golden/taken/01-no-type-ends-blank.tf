variable "postfix_cf" {
  default = <<EOT
# Overlay for docker-mailserver. 
smtpd_use_tls=yes
smtpd_tls_security_level = may  
message_size_limit =52428800
postscreen_dnsbl_action = ignore
#smtpd_tls_loglevel = 1   

mynetworks = 127.0.0.0/8 [::1]/128 10.0.0.0/8
EOT
}

