# Mistake: a stack name with a space (not a folder name stackgen writes).
# expect: stackgen.hcl:12:1: stack name "web app" is not a safe path (segments of letters, digits, '.', '_' and '-', none starting with '.' or '-', joined by '/': "web" or "prod/us-east-1/mysql")

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

stack "web app" {  # <- mistake
  tier = "apps"
}
