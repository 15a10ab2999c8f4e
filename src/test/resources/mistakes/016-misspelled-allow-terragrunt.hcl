# Mistake: allow_terragrunt written as allow_terragrun.
# expect: stackgen.hcl:5:3: unknown attribute "allow_terragrun" in stackgen block; expected stacks_dir, header, root_file, templates, leading_blank_lines, no_final_newline, allow_terragrunt (did you mean "allow_terragrunt"?)

stackgen {
  allow_terragrun = ["engine"]  # <- mistake
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
