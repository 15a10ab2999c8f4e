# Postfix overlay.
variable "postfix_cf" {
  type    = string
  default = <<-EOT

    # leading blank line above is kept
    smtpd_helo_required = yes
    
    smtpd_delay_reject = yes


    disable_vrfy_command = yes

  EOT
}
