# Mistake: a dependency's literal config_path leads to a folder that is neither in the repository nor made by the catalog.
# expect: stackgen.hcl:14:5: stack "web": dependency "cache" config_path "../../stacks/platform/cache" is the folder stacks/platform/cache, which is neither in the repository nor made by the catalog

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
  }
}

stack "web" {
  tier = "apps"
  dependency "cache" {
    config_path = "../../stacks/platform/cache" # <- mistake
  }
}
