package dev.stackgen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.testing.Fixtures;
import dev.stackgen.testing.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrateCommandTest {
  @TempDir
  Path repo;

  @Test
  void homelabMigratesInOneStepAndChecksClean() throws Exception {
    Fixtures.copyTree(Fixtures.fixturesDir().resolve("homelab"), repo);
    String catalogBefore = Files.readString(repo.resolve("stackgen.hcl"));
    String rootBefore = Files.readString(repo.resolve("terragrunt.hcl"));
    List<String> before = Fixtures.listFiles(repo);

    Run dry = Run.in(repo, "migrate", "root-hcl", "--dry-run");
    assertThat(dry.exit()).as(dry.toString()).isZero();
    assertThat(dry.out()).contains("would be updated stackgen.hcl", "would be removed terragrunt.hcl");
    assertThat(Fixtures.listFiles(repo)).isEqualTo(before);
    assertThat(Files.readString(repo.resolve("stackgen.hcl"))).isEqualTo(catalogBefore);

    Run run = Run.in(repo, "migrate", "root-hcl");
    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(repo.resolve("terragrunt.hcl")).doesNotExist();
    // The root's content does not depend on its name.
    assertThat(Files.readString(repo.resolve("root.hcl"))).isEqualTo(rootBefore);
    // Only the stackgen block of the catalog changed.
    assertThat(Files.readString(repo.resolve("stackgen.hcl"))).isEqualTo(catalogBefore.replace("""
          header     = true
        }""", """
          header     = true
          root_file  = "root.hcl"
        }"""));
    long stacks = 0;
    for (String f : Fixtures.listFiles(repo)) {
      if (f.startsWith("stacks/") && f.endsWith("/terragrunt.hcl")) {
        String text = Files.readString(repo.resolve(f));
        assertThat(text).as(f).doesNotContain("find_in_parent_folders()");
        if (text.contains("include \"root\"")) {
          assertThat(text).as(f).contains("find_in_parent_folders(\"root.hcl\")");
          stacks++;
        }
      }
    }
    assertThat(stacks).isGreaterThan(40);
    Run check = Run.in(repo, "check");
    assertThat(check.exit()).as(check.toString()).isZero();
    Run again = Run.in(repo, "migrate", "root-hcl");
    assertThat(again.out()).contains("already uses root.hcl");
  }

  @Test
  void rewritesHandKeptIncludesAndAddsTheSetting() throws Exception {
    Files.writeString(repo.resolve("stackgen.hcl"), """
        # Catalog without a stackgen block.
        root {
          tiers = { apps = "1-apps" }
        }

        stack "web" {
          tier = "apps"
        }

        stack "exact" {
          tier   = "apps"
          layout = "exact"

          include "root" {
            path = find_in_parent_folders()
          }
        }
        """);
    assertThat(Run.in(repo, "generate").exit()).isZero();
    Path kept = repo.resolve("stacks/legacy/terragrunt.hcl");
    Files.createDirectories(kept.getParent());
    Files.writeString(kept, "include {\n  path = find_in_parent_folders()\n}\n# find_in_parent_folders() stays here\n");

    Run run = Run.in(repo, "migrate", "root-hcl");
    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(run.out()).contains("rewritten (hand-kept) stacks/legacy/terragrunt.hcl",
        "created root.hcl", "2 find_in_parent_folders lookups rewritten");
    assertThat(Files.readString(kept)).isEqualTo(
        "include {\n  path = find_in_parent_folders(\"root.hcl\")\n}\n# find_in_parent_folders() stays here\n");
    assertThat(Files.readString(repo.resolve("stackgen.hcl"))).startsWith("""
        stackgen {
          root_file = "root.hcl"
        }

        # Catalog without a stackgen block.
        root {""").contains("path = find_in_parent_folders(\"root.hcl\")");
    assertThat(Files.readString(repo.resolve("stacks/web/terragrunt.hcl")))
        .contains("path = find_in_parent_folders(\"root.hcl\")");
    assertThat(Run.in(repo, "check").exit()).isZero();
  }

  @Test
  void refusesADriftedTreeAndWritesNothing() throws Exception {
    Files.writeString(repo.resolve("stackgen.hcl"), "root {\n  tiers = { apps = \"1-apps\" }\n}\n\nstack \"web\" {\n"
        + "  tier = \"apps\"\n}\n");
    assertThat(Run.in(repo, "generate").exit()).isZero();
    Path web = repo.resolve("stacks/web/terragrunt.hcl");
    Files.writeString(web, Files.readString(web) + "# edited\n");
    List<String> before = Fixtures.listFiles(repo);
    Run run = Run.in(repo, "migrate", "root-hcl");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("stacks/web/terragrunt.hcl", "clean tree");
    assertThat(Fixtures.listFiles(repo)).isEqualTo(before);
    assertThat(Run.in(repo, "migrate", "nothing").err()).contains("unknown migration 'nothing'");
  }
}
