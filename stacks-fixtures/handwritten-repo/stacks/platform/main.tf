# =============================================================================
# Platform Stack — per-user namespaces, RBAC, quotas, TLS, DNS
# =============================================================================
#
# Not a plain module wrapper: one module call per concern, plus a few
# resources that did not deserve a module.

variable "tls_secret_name" { type = string }
variable "default_quota" {
  type = map(string)
}

data "vault_kv_secret_v2" "platform" {
  mount = "secret"
  name  = "platform"
}

locals {
  k8s_users = jsondecode(data.vault_kv_secret_v2.platform.data["k8s_users"])

  # Flatten users -> namespaces; a user may own several.
  namespaces = merge([
    for user, u in local.k8s_users : {
      for ns in u.namespaces : ns => {
        owner = user
        quota = merge(var.default_quota, try(u.quota, {}))
      }
    }
  ]...)
}

module "namespaces" {
  source     = "./modules/namespaces"
  namespaces = local.namespaces
  tier       = local.tiers.platform
}

module "rbac" {
  source    = "./modules/rbac"
  k8s_users = local.k8s_users
  depends_on = [
    module.namespaces,
  ]
}

module "tls" {
  source          = "./modules/tls-copy"
  for_each        = local.namespaces
  namespace       = each.key
  tls_secret_name = var.tls_secret_name
}

resource "kubernetes_cluster_role_binding" "read_only" {
  for_each = local.k8s_users

  metadata {
    name = "read-only-${each.key}"
  }
  role_ref {
    api_group = "rbac.authorization.k8s.io"
    kind      = "ClusterRole"
    name      = "view"
  }
  subject {
    kind      = "User"
    name      = each.value.email
    api_group = "rbac.authorization.k8s.io"
  }
}
