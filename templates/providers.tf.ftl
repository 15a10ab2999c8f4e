[#-- providers.tf, generated into every stack by the root terragrunt.hcl. --]
terraform {
  required_providers {
[#list file.providers as p]
[#list p.leading as line]
    [=line]
[/#list]
    [=p.name] = {
      source  = [=p.source]
      version = [=p.version]
    }
[/#list]
  }
}
[#list file.providers as p]
[#if p.config?has_content]

provider "[=p.name]" {
[#list p.config as line]
  [=line]
[/#list]
}
[/#if]
[/#list]
