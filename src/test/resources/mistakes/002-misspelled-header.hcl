# Mistake: header written as heder.
# expect: stackgen.hcl:5:3: unknown attribute "heder" in stackgen block; expected stacks_dir, header, root_file, templates, leading_blank_lines, no_final_newline, allow_terragrunt (did you mean "header"?)

stackgen {
  heder = false  # <- mistake
}
root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

stack "db" {
  tier  = "core"
  state = "local"
}

stack "web" {
  tier = "apps"

  dependency "db" {}
}
