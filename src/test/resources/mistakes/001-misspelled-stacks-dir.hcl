# Mistake: stacks_dir written as stack_dir.
# expect: stackgen.hcl:5:3: unknown attribute "stack_dir" in stackgen block; expected stacks_dir, header, root_file, templates, leading_blank_lines, no_final_newline, allow_terragrunt (did you mean "stacks_dir"?)

stackgen {
  stack_dir = "stacks"  # <- mistake
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
