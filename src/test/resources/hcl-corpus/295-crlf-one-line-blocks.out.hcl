variable "x" { type = string }
dependency "a" {}
