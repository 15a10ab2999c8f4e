provider "aws" {
  region = "eu-west-1"
  alias  = "west"
  default_tags {
    tags = {
      ManagedBy = "terraform"
    }
  }
}
provider "aws" {
  region = "us-east-1"
}
