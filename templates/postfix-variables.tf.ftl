[#-- A .tf file holding Postfix main.cf overlays as heredoc variable defaults (docker-mailserver). --]
[#list file.preamble as line]
[=line]
[/#list]
[#list file.overlays as o]
[#if !o?is_first]

[/#if]
[#list o.leading as line]
[=line]
[/#list]
variable "[=o.variable]" {
  type = string
  default = [=o.opening]
[=o.body][=o.closing]
}
[/#list]
