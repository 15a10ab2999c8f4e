# Mistake: include path written as paht.
# expect: stackgen.hcl:15:5: unknown attribute "paht" in include "root"; did you mean "path"?

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

stack "web" {
  tier = "apps"
  include "root" {
    paht = find_in_parent_folders("root.hcl")  # <- mistake
  }
}
