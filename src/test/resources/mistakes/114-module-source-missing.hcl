# Mistake: a module wrapper whose local source names a folder that is not there (the module folder beside it is).
# expect: stackgen.hcl:18:5: stack "ntfy": module "ntfy" source "./modules/ntfyy" is the folder stacks/ntfy/modules/ntfyy, which is neither in the repository nor made by the catalog (did you mean stacks/ntfy/modules/ntfy?)

root {
  tiers = {
    core = "0-core"
  }
}

stack "ntfy" {
  tier = "core"
  file "modules/ntfy/main.tf" {
    variable "url" {
      type = string
    }
  }
  module "ntfy" {
    source = "./modules/ntfyy" # <- mistake
    url    = var.url
  }
}
