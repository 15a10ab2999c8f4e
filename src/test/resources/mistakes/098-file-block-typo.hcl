# Mistake: a misspelled Terraform block in a file block.
# expect: stackgen.hcl:15:5: unexpected block "varible" in file "variables.tf"; expected variable, output, locals, module, resource, data, ephemeral, provider, terraform, moved, import, removed, check or postfix_overlay (did you mean "variable"?)

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

stack "mail" {
  tier = "edge"
  file "variables.tf" {
    varible "domain" {  # <- mistake
      type = string
    }
  }
}
