# Mistake: a stack name with capitals.
# expect: stackgen.hcl:12:1: stack name "WebApp" is not a safe path (segments of lower-case letters, digits, '.', '_' and '-', each starting with a letter or digit, joined by '/': "web" or "prod/us-east-1/mysql")

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
