package dev.stackgen.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.testing.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * migrate root-hcl killed after writing the migrated files but before removing the old root leaves a
 * generated terragrunt.hcl at the root (Terragrunt would read it as a unit); running it again finishes.
 */
@org.junit.jupiter.api.Tag("hostile")
class InterruptedMigrationTest {
  private static final String CATALOG = """
      root {
        tiers = { core = "0-core" }
      }

      stack "a" {
        tier = "core"
      }
      """;

  @Test
  void runningMigrateAgainRemovesTheOldGeneratedRoot(@TempDir Path repo) throws Exception {
    Files.writeString(repo.resolve("stackgen.hcl"), CATALOG);
    assertThat(Run.in(repo, "generate").exit()).isZero();
    String oldRoot = Files.readString(repo.resolve("terragrunt.hcl"));
    Run migrate = Run.in(repo, "migrate", "root-hcl");
    assertThat(migrate.exit()).as(migrate.toString()).isZero();
    assertThat(repo.resolve("root.hcl")).exists();
    // the state a kill between the two steps leaves
    Files.writeString(repo.resolve("terragrunt.hcl"), oldRoot);
    Run check = Run.in(repo, "check");
    assertThat(check.exit()).as(check.toString()).isEqualTo(1);
    assertThat(check.out()).as(check.toString()).contains("terragrunt.hcl").containsIgnoringCase("orphan");
    Run dry = Run.in(repo, "migrate", "root-hcl", "--dry-run");
    assertThat(dry.out()).contains("would be removed terragrunt.hcl (left by an interrupted migrate root-hcl)");
    assertThat(repo.resolve("terragrunt.hcl")).exists();
    Run again = Run.in(repo, "migrate", "root-hcl");
    assertThat(again.exit()).as(again.toString()).isZero();
    assertThat(again.out()).contains("removed terragrunt.hcl (left by an interrupted migrate root-hcl)");
    assertThat(repo.resolve("terragrunt.hcl")).doesNotExist();
    // a hand-written terragrunt.hcl at the root is not stackgen's to remove
    Files.writeString(repo.resolve("terragrunt.hcl"), "# mine\n");
    Run third = Run.in(repo, "migrate", "root-hcl");
    assertThat(third.out()).contains("nothing to do");
    assertThat(repo.resolve("terragrunt.hcl")).hasContent("# mine\n");
  }

  @Test
  void pruneRemovesTheOldGeneratedRoot(@TempDir Path repo) throws Exception {
    Files.writeString(repo.resolve("stackgen.hcl"), CATALOG);
    assertThat(Run.in(repo, "generate").exit()).isZero();
    String oldRoot = Files.readString(repo.resolve("terragrunt.hcl"));
    assertThat(Run.in(repo, "migrate", "root-hcl").exit()).isZero();
    Files.writeString(repo.resolve("terragrunt.hcl"), oldRoot);
    Run prune = Run.in(repo, "generate", "--prune");
    assertThat(prune.exit()).as(prune.toString()).isZero();
    assertThat(repo.resolve("terragrunt.hcl")).doesNotExist();
    assertThat(Run.in(repo, "check").exit()).isZero();
  }
}
