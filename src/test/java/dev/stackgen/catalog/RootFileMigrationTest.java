package dev.stackgen.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RootFileMigrationTest {
  @Test
  void rewritesLookupsInCodeOnly() throws Exception {
    String text = """
        # find_in_parent_folders() in a comment stays
        include "root" {
          path = find_in_parent_folders( )
        }
        include "legacy" { path = find_in_parent_folders("terragrunt.hcl") }
        locals {
          env    = read_terragrunt_config(find_in_parent_folders("env.hcl"))
          root   = dirname(find_in_parent_folders())
          note   = "find_in_parent_folders() in a string stays"
          spaced = "${find_in_parent_folders()}/x"
          other  = find_in_parent_folders("terragrunt.hcl", "fallback")
        }
        """;
    RootFileMigration.Rewrite r = RootFileMigration.rewriteLookups(text, "t.hcl", "root.hcl");
    assertThat(r.count()).isEqualTo(4);
    assertThat(r.text()).isEqualTo("""
        # find_in_parent_folders() in a comment stays
        include "root" {
          path = find_in_parent_folders( "root.hcl")
        }
        include "legacy" { path = find_in_parent_folders("root.hcl") }
        locals {
          env    = read_terragrunt_config(find_in_parent_folders("env.hcl"))
          root   = dirname(find_in_parent_folders("root.hcl"))
          note   = "find_in_parent_folders() in a string stays"
          spaced = "${find_in_parent_folders("root.hcl")}/x"
          other  = find_in_parent_folders("terragrunt.hcl", "fallback")
        }
        """);
  }

  @Test
  void addsRootFileAsTheLastAttributeKeepingTheBlockCanonical() throws Exception {
    String text = """
        # Catalog.

        stackgen {
          header = true # keep
        }

        root {}
        """;
    assertThat(RootFileMigration.setRootFile(text, "stackgen.hcl", "root.hcl")).isEqualTo("""
        # Catalog.

        stackgen {
          header    = true # keep
          root_file = "root.hcl"
        }

        root {}
        """);
  }

  @Test
  void replacesAnExistingRootFileAndOpensOneLineBlocks() throws Exception {
    assertThat(RootFileMigration.setRootFile("stackgen { root_file = \"terragrunt.hcl\" }\n", "s.hcl", "root.hcl"))
        .isEqualTo("stackgen { root_file = \"root.hcl\" }\n");
    assertThat(RootFileMigration.setRootFile("stackgen { header = false }\nroot {}\n", "s.hcl", "root.hcl"))
        .isEqualTo("stackgen {\n  header    = false\n  root_file = \"root.hcl\"\n}\nroot {}\n");
    assertThat(RootFileMigration.setRootFile("stackgen {}\r\n", "s.hcl", "root.hcl"))
        .isEqualTo("stackgen {\r\n  root_file = \"root.hcl\"\r\n}\r\n");
  }

  @Test
  void addsAStackgenBlockAboveTheFirstBlockAndItsComments() throws Exception {
    String text = "# Top note.\n\n# The root.\nroot {}\n";
    assertThat(RootFileMigration.setRootFile(text, "s.hcl", "root.hcl"))
        .isEqualTo("# Top note.\n\nstackgen {\n  root_file = \"root.hcl\"\n}\n\n# The root.\nroot {}\n");
  }
}
