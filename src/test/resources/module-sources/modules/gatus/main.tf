variable "endpoints" {
  type = list(string)
}
