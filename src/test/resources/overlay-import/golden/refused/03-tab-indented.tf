variable "postfix_cf" {
  type    = string
  default = <<-EOT
	biff = no
    append_dot_mydomain = no
  EOT
}
