variable "postfix_cf_reference_DO_NOT_USE" {
  type    = string
  default = <<EOT
biff = no
append_dot_mydomain = no
EOT
}
