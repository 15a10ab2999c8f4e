// Catalog-only: a // comment at the top of the file, followed by a blank line.

/*
  Catalog-only too: a block comment banner.
  Neither of these reaches a generated file.
*/

stackgen {
  header = true # trailing comment on a catalog setting
}

root {
  # Comment above tiers (travels into the root terragrunt.hcl, above the map).
  tiers = {
    # First tier: databases.
    data = "1-data" # trailing comment inside the map
    // Second tier, // style.
    apps = "2-apps"
    /* block comment on its own line inside the map */
  }

  // Comment above a provider, // style.
  provider "kubernetes" {
    source  = "hashicorp/kubernetes" # pinned loosely on purpose
    version = "~> 2.35"
    /* inline block comment before an attribute */ config_path = "~/.kube/config"
    # comment before the provider's closing brace
  }


  # Two blank lines above this comment (a blank-line run).
  locals {
    owner = "ops" // trailing // comment
  }

  # comment before the closing brace of root
}

defaults {
  # Comment above the default dependency: every stack that gets the
  # dependency gets this comment above it.
  dependency "db" {} # trailing comment on a default dependency
}

# Banner comment (catalog-only, a blank line follows).
# ----------------------------------------------------

# db: the only data stack. A one-line stack comment directly above the block.
stack "db" {
  # Catalog-only: a comment above `tier`, a catalog-only setting.
  tier = "data" # catalog-only as well

  inputs = {
    # Comment as the first line inside inputs.
    size = "5Gi" # trailing comment on an input


    # Two blank lines above: the run is kept.
    version = "16" /* trailing block comment */

    /* A block comment
       spanning two lines, inside inputs. */
    replicas = 1

    extensions = [
      "pgvector", # trailing comment on a list element
      # comment line inside a list
      "pg_trgm",
    ]

    limits = {
      # comment inside a nested object
      cpu = "2"
    }
    # comment before the closing brace of inputs
  }

  # comment before the closing brace of the stack
}

/*
 * wiki: a block-comment stack header, directly above the block.
 */
stack "wiki" {
  tier = "apps"

  // Why, in // style: the wiki stores pages in db.
  dependency "db" {}

  # The hash and slash lines below are heredoc text, not comments: carried as written.
  generate "notes" {
    path      = "notes_override.tf"
    if_exists = "overwrite_terragrunt"
    contents  = <<EOF
# heredoc line that looks like a comment
// and another one
/* and a third */
locals {}
EOF
  }
}

// chat: a stack comment in // style,
// two lines long.
stack "chat" {
  tier = "apps"
  use_defaults = false # catalog-only comment on use_defaults

  # Declared by hand (defaults are off here), with a why-comment.
  dependency "db" {} # and a trailing one

  dependency "wiki" {
    # comment inside a dependency block, above a written attribute
    skip_outputs = true # written out on purpose: replaces the generated one
  }

  locals {
    # comment inside locals
    room = "general"
  }



  inputs = {
    room = local.room # three blank lines above this block
  }
}

stack "status" {
  tier = "apps"
  # Only a comment and the default dependency: no stack header comment
  # (nothing is written directly above this block).
}

# Trailing catalog-only comment at the end of the file.
