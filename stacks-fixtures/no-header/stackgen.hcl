# Generated files in this repo carry no "Code generated" line: the team folds
# them by path in reviews instead.

stackgen {
  header = false
}

root {
  tiers = {
    base = "1-base"
    apps = "2-apps"
  }
}

# db: the shared Postgres.
stack "db" {
  tier = "base"

  inputs = {
    instances = 1
  }
}

# wiki: team notes, stored in db.
stack "wiki" {
  tier = "apps"

  # The wiki creates its schema on first start.
  dependency "db" {}

  inputs = {
    hostname = "wiki.example.net"
  }
}
