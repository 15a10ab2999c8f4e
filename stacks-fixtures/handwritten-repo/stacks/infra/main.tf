# infra — the pieces that exist outside the cluster.
#
# Not a module wrapper: plain resources against Cloudflare and Proxmox.

variable "zone_name" { type = string }
variable "tunnel_name" { type = string }

variable "cloudflare_api_token" {
  type      = string
  sensitive = true
}

provider "cloudflare" {
  api_token = var.cloudflare_api_token
}

provider "proxmox" {
  endpoint = "https://pve1.lab.example.net:8006/"
  insecure = true
}

data "cloudflare_zone" "main" {
  name = var.zone_name
}

resource "random_id" "tunnel_secret" {
  byte_length = 35
}

resource "cloudflare_tunnel" "edge" {
  account_id = data.cloudflare_zone.main.account_id
  name       = var.tunnel_name
  secret     = random_id.tunnel_secret.b64_std
}

# MX and the mail host point at the edge VM's public address, not the tunnel:
# Cloudflare tunnels do not carry SMTP.
resource "cloudflare_record" "mx" {
  zone_id  = data.cloudflare_zone.main.id
  name     = "@"
  type     = "MX"
  content  = "mail.${var.zone_name}"
  priority = 10
}

resource "cloudflare_record" "spf" {
  zone_id = data.cloudflare_zone.main.id
  name    = "@"
  type    = "TXT"
  content = "v=spf1 mx include:spf.brevo.com -all"
}

resource "proxmox_virtual_environment_user" "terraform" {
  user_id = "terraform@pve"
  comment = "Managed by Terraform (stacks/infra), used by stacks/proxmox"

  acl {
    path      = "/"
    propagate = true
    role_id   = "PVEVMAdmin"
  }
}

output "tunnel_id" {
  value = cloudflare_tunnel.edge.id
}
