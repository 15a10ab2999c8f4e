resource "aws_instance" "x" {
  count      = var.enabled ? 1 : 0
  provider   = aws.west
  depends_on = [aws_vpc.main, module.network]
  ami        = "ami-1"
}
resource "aws_s3_bucket" "b" {
  for_each = toset(var.names)
  bucket   = each.key
}
