locals {
  # Stacks and their tiers; keep sorted.
  stacks = {
    platform = { tier = "0-core", path = "stacks/platform", deps = [] }
    vault = { tier = "0-core", path = "stacks/vault", deps = ["platform"] }
    dns = { tier = "3-edge", path = "stacks/dns", deps = ["platform"] }
    mailserver = {
      tier = "4-aux"
      path = "stacks/mailserver"
      deps = ["platform", "vault", "dns"] # needs DNS for MX
    }
  }

  stack_names = sort(keys(local.stacks))
  by_tier = { for name, s in local.stacks : s.tier => name... }
  edges = flatten([
    for name, s in local.stacks : [
      for d in s.deps : { from = d, to = name }
    ]
  ])
  has_cycles = length([for e in local.edges : e if e.from == e.to]) > 0
}
