resource "a" "one" {
  x = 1
}
resource "a" "two" {
  x = 2
}
output "o" {
  value = 1
}
