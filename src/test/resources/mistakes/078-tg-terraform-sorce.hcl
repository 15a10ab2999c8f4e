# Mistake: terraform source written as sorce.
# expect: stackgen.hcl:16:5: unknown attribute "sorce" in terraform block; did you mean "source"?

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
    sorce = "../../modules//web"  # <- mistake
  }
}
