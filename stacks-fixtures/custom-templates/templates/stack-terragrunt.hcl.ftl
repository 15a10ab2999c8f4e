[#-- Override of the bundled template: adds a terraform source block. A stack's terragrunt.hcl. Lines are placed as they come; the formatter indents and aligns. --]
[#list file.preamble as line]
[=line]
[/#list]
include "root" {
  path = find_in_parent_folders()
}

# Every stack of this repo wraps the module of the same name.
terraform {
  source = "${get_repo_root()}/modules//[=file.name]"
}
[#list file.items as item]
[#list item.leading as line]
[=line]
[/#list]
[#if item.dependency??]
[#assign d = item.dependency]
dependency "[=d.name]" {[=d.openComment]
[#if d.configPath??]
  config_path = [=d.configPath]
[/#if]
[#if d.skipOutputs]
  skip_outputs = true
[/#if]
[#list d.extra as line]
  [=line]
[/#list]
[#list d.closing as line]
  [=line]
[/#list]
}
[#else]
[=item.text]
[/#if]
[/#list]
[#list file.footer as line]
[=line]
[/#list]
