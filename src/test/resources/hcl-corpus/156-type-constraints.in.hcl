variable "cfg" {
type = map(object({
name = string
port = optional(number, 8080)
tags = optional(map(string), {})
}))
}
variable "l" {
type = list(string)
}
variable "t" { type = tuple([string, number, bool]) }
