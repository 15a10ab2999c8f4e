# Apps team. Stacks here may depend on stacks from other drop-in files, in
# either direction: the graph is built after all files are merged.

# platform: namespaces, quotas and the registry pull secret.
stack "platform" {
  tier = "platform"
}

# wiki: team notes.
stack "wiki" {
  tier = "apps"

  # Routes are IngressRoute objects, whose CRD the proxy chart installs
  # (proxy is declared in 20-edge.hcl, a later file).
  dependency "proxy" {}

  inputs = {
    hostname = "wiki.example.net"
  }
}

# chat: Matrix homeserver.
stack "chat" {
  tier = "apps"

  dependency "proxy" {}

  # Login via the wiki's OIDC provider.
  dependency "wiki" {}
}

stack "board" {
  tier = "apps"

  dependency "proxy" {}
}
