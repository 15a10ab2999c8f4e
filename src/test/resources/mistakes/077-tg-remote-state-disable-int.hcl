# Mistake: remote_state disable_init written as disable_int.
# expect: stackgen.hcl:8:5: unknown attribute "disable_int" in remote_state block; did you mean "disable_init"?

root {
  tiers = { core = "0-core" }
  remote_state {
    backend     = "gcs"
    disable_int = true  # <- mistake
    config = {
      bucket = "tf-state"
    }
  }
}

stack "db" {
  tier  = "core"
  state = "local"
}
