variable "a" {}
variable "b" {
default = 1
}


variable "c" { default = 2 }
output "a" { value = var.a }
output "b" {
value = var.b
}
