variable "url" {
  type = string
}
