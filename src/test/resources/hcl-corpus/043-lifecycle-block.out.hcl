resource "aws_instance" "x" {
  ami = var.ami
  lifecycle {
    create_before_destroy = true
    ignore_changes        = [tags, ami]
    prevent_destroy       = false
  }
}
