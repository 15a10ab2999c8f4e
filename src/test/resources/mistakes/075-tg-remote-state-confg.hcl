# Mistake: remote_state config written as confg.
# expect: stackgen.hcl:9:5: unknown attribute "confg" in remote_state block; did you mean "config"?

root {
  tiers = { core = "0-core", apps = "2-apps" }

  remote_state {
    backend = "s3"
    confg = {  # <- mistake
      bucket = "tf-state"
      key    = "${path_relative_to_include()}/tofu.tfstate"
    }
  }
}

stack "db" {
  tier  = "core"
  state = "local"
}
