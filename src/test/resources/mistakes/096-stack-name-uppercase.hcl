# Mistake: a stack name with capitals.
# expect: stackgen.hcl:12:1: stack name "WebApp" is not one safe path segment (use lower-case letters, digits, '.', '_' and '-', starting with a letter or digit)

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

stack "WebApp" {  # <- mistake
  tier = "apps"
}
