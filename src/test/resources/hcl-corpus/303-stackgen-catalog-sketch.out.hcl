stackgen {
  stacks_dir = "stacks" # default
  header     = true     # write the "Code generated" header line
}

root {
  tiers = { core = "0-core", cluster = "1-cluster", edge = "3-edge", aux = "4-aux" }
  provider "kubernetes" {
    source  = "hashicorp/kubernetes"
    version = ">= 3.2.1"
  }
}

stack "mailserver" {
  tier       = "aux"
  depends_on = ["platform", "vault"]
  postfix_overlay "postfix_cf" { # -> main.cf overlay heredoc in a variables.tf
    file      = "modules/mailserver/variables.tf"
    profile   = "dms-15" # lint profile
    relayhost = "[smtp-relay.example.net]:587"
    # Disable the postscreen decision cache (see the seed change).
    postscreen_cache_map = ""
  }
}
