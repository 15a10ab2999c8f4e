package dev.stackgen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.testing.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A catalog changed while generate runs is not recorded as clean: the check cache remembers only the
 * catalog bytes that were rendered, so a later check renders the new catalog and reports its files.
 */
@org.junit.jupiter.api.Tag("hostile")
class CheckCachePoisoningTest {
  private static final String CATALOG = """
      root {
        tiers = { core = "0-core" }
      }

      stack "a" {
        tier = "core"
      }
      """;

  @Test
  void aCatalogEditedDuringGenerateIsNotRememberedAsClean(@TempDir Path repo) throws Exception {
    Files.writeString(repo.resolve("stackgen.hcl"), CATALOG);
    Generating.afterCatalogRead = () -> {
      try {
        Files.writeString(repo.resolve("stackgen.hcl"), CATALOG + "\nstack \"b\" {\n  tier = \"core\"\n}\n");
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    };
    Run generate;
    try {
      generate = Run.in(repo, "generate");
    } finally {
      Generating.afterCatalogRead = () -> {};
    }
    assertThat(generate.exit()).as(generate.toString()).isZero();
    assertThat(repo.resolve("stacks/b")).doesNotExist(); // the catalog rendered was the one read
    Run check = Run.in(repo, "check");
    assertThat(check.exit()).as(check.toString()).isEqualTo(1);
    assertThat(check.out()).contains("stacks/b/terragrunt.hcl");
    // an undisturbed generate is remembered, and the next check is clean
    Run again = Run.in(repo, "generate");
    assertThat(again.exit()).as(again.toString()).isZero();
    Run clean = Run.in(repo, "check");
    assertThat(clean.exit()).as(clean.toString()).isZero();
  }
}
