# Mistake: a dependencies path names a folder that does not exist (the db stack exists, "cahce" does not).
# expect: stackgen.hcl:18:3: stack "web": dependencies path "../cahce" is the folder stacks/cahce, which is neither in the repository nor made by the catalog

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
  }
}

stack "db" {
  tier  = "core"
  state = "local"
}

stack "web" {
  tier = "apps"
  dependencies { # <- mistake
    paths = ["../db", "../cahce"]
  }
}
