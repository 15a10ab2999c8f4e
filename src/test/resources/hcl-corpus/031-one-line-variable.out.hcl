variable "x" { type = string }
