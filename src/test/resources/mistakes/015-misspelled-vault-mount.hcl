# Mistake: vault mount written as mout.
# expect: stackgen.hcl:18:7: unknown attribute "mout" in vault "secrets"; expected mount, name, version, namespace, provider, depends_on, count, for_each (did you mean "mount"?)

root {
  # Apply order: core first.
  tiers = { core = "0-core", platform = "1-platform", apps = "4-apps" }

  provider "kubernetes" {
    source  = "hashicorp/kubernetes"
    version = "~> 2.35"
  }
}

stack "ledger" {
  tier = "apps"
  module "ledger" {
    vault "secrets" {
      mout = "kv"  # <- mistake
    }
    token = data.vault_kv_secret_v2.secrets.data["token"]
  }
}
