variable "region" { type = string } # the region
variable "zone" { default = "a" } // zone
