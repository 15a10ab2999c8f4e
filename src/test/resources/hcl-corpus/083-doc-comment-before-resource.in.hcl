# This bucket stores logs.
# Do not delete.

# Owned by ops.
resource "aws_s3_bucket" "logs" {
bucket = "logs" # name
}
