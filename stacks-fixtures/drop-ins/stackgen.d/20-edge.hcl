# Edge team: what the internet talks to.

# proxy: traefik on the public address.
stack "proxy" {
  tier = "edge"

  inputs = {
    load_balancer_ip = "10.0.20.200"
  }
}

# tunnel: cloudflared in front of the proxy. It must come up even while
# platform is broken, so it opts out of the defaults.
stack "tunnel" {
  tier         = "edge"
  use_defaults = false

  dependency "proxy" {}
}
