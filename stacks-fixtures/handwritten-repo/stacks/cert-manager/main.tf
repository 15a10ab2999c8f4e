# =============================================================================
# cert-manager Stack
# =============================================================================
# One module call, but from the public registry, not ./modules: this file is
# not a local module wrapper.

variable "acme_email" { type = string }
variable "acme_server" { type = string }

data "vault_kv_secret_v2" "secrets" {
  mount = "secret"
  name  = "cert-manager"
}

module "cert_manager" {
  source  = "terraform-iaac/cert-manager/kubernetes"
  version = "2.6.4"

  cluster_issuer_email  = var.acme_email
  cluster_issuer_server = var.acme_server
  cluster_issuer_name   = "letsencrypt"

  solvers = [
    {
      dns01 = {
        cloudflare = {
          apiTokenSecretRef = {
            name = "cloudflare-api-token"
            key  = "api-token"
          }
        }
      }
    },
  ]

  # Recursive lookups through Cloudflare: the LAN resolver answers the
  # _acme-challenge names from its split-horizon zone.
  additional_set = [
    { name = "dns01RecursiveNameservers", value = "1.1.1.1:53" },
  ]
  cloudflare_api_token = data.vault_kv_secret_v2.secrets.data["cloudflare_api_token"]
}
