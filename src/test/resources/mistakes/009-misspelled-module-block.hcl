# Mistake: module block written as modul.
# expect: stackgen.hcl:14:3: unexpected block "modul" in stack "ledger"; did you mean "module"?

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

stack "ledger" {
  tier = "apps"
  modul "ledger" {  # <- mistake
    name = "x"
  }
}
