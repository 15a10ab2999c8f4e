locals {
  domain = "dev.acme.example"
}

unit "dns" {
  source = "git::https://git.example.org/infra-catalog.git//units/dns?ref=v2.5.0-rc.1"
  path   = "dns"
  values = { zone = local.domain }
}
unit "cdn" {
  source = "git::https://git.example.org/infra-catalog.git//units/cdn?ref=v2.5.0-rc.1"
  path   = "cdn"
  values = {
    domain   = local.domain
    dns_path = "../dns"
  }
}
