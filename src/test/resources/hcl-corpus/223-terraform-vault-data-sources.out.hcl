data "vault_kv_secret_v2" "db" {
  mount = "secret"
  name  = "db"
}
data "vault_generic_secret" "legacy" {
  path = "secret/legacy"
}
locals {
  db_password = data.vault_kv_secret_v2.db.data["password"]
  legacy      = jsondecode(data.vault_generic_secret.legacy.data_json)
}
