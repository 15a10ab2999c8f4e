# Read by main.tf; kept apart so the module block stays short.
data "vault_kv_secret_v2" "secrets" {
  mount = "secret"
  name  = "stats"
}
