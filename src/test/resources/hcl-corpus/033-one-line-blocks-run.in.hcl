variable "a" { type = string }
variable "bb" { type = number }
variable "ccc" {type=bool}
variable "d" {   default = 1   }
