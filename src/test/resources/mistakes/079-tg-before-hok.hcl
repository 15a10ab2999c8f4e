# Mistake: before_hook written as before_hok.
# expect: stackgen.hcl:15:5: unexpected block "before_hok" in terraform block; did you mean "before_hook"?

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

stack "web" {
  tier = "apps"
  terraform {
    before_hok "fmt" {  # <- mistake
      commands = ["plan"]
      execute  = ["tofu", "fmt"]
    }
  }
}
