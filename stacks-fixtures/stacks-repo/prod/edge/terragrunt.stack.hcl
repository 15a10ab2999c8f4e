locals {
  domain = "acme.example"
}

unit "dns" {
  source = "git::https://git.example.org/infra-catalog.git//units/dns?ref=v2.4.0"
  path   = "dns"
  values = { zone = local.domain }
}
unit "cdn" {
  source = "git::https://git.example.org/infra-catalog.git//units/cdn?ref=v2.4.0"
  path   = "cdn"
  values = {
    domain   = local.domain
    dns_path = "../dns"
  }
}

# Keep the old entry point while clients move.
unit "legacy_lb" {
  source = "git::https://git.example.org/infra-catalog.git//units/lb?ref=v1.9.3"
  path   = "legacy-lb"
}
