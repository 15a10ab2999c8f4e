# Disaster recovery copy of prod.

locals {
  environment = "dr"
  protected   = true
}
