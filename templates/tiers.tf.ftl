[#-- tiers.tf, generated into every stack so modules can say local.tiers.<name>. --]
locals {
  tiers = {
[#list file as line]
    [=line]
[/#list]
  }
}
