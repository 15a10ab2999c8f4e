variable "postfix_cf" {
type = string
default = "postscreen_cache_map =\nsmtpd_banner = $${myhostname} ESMTP\n"
}
