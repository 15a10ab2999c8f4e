# Mistake: iam_assume_role_duration = "1h".
# expect: stackgen.hcl:15:30: iam_assume_role_duration must be a number, got "1h"

root {
  tiers = {
    core = "0-core"
    apps = "2-apps"
    edge = "3-edge"
  }
}

stack "web" {
  tier = "apps"
  iam_role = "arn:aws:iam::123456789012:role/deploy"
  iam_assume_role_duration = "1h"  # <- mistake
}
