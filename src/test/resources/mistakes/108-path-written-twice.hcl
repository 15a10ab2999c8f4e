# Mistake: two catalog entries write the same file, so it would flip between them on every run.
# expect: stackgen.hcl:21:3: stacks/ntfy/extra/x.tf is written by both stack "ntfy" (file "extra/x.tf", stackgen.hcl:12:3) and stack "ntfy/extra" (file "x.tf")

root {
  tiers = {
    core = "0-core"
  }
}

stack "ntfy" {
  tier = "core"
  file "extra/x.tf" {
    locals {
      a = 1
    }
  }
}

stack "ntfy/extra" {
  tier = "core"
  file "x.tf" { # <- mistake
    locals {
      a = 2
    }
  }
}
