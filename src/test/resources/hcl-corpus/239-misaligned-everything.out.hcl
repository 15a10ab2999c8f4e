resource "aws_s3_bucket" "b" {
  bucket = "my-bucket"
  acl    = "private"
  versioning {
    enabled = true
  }
  tags = {
    Name = "b"
    Env  = "dev"
  }
}
