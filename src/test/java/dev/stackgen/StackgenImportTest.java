package dev.stackgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackgen.testing.Fixtures;
import dev.stackgen.testing.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library's import is the command line's import: the same layouts, checks and catalog. */
class StackgenImportTest {
  @TempDir
  Path tmp;

  /** Regression: the facade ran only the stacks/NAME importer and failed with "no root terragrunt.hcl". */
  @Test
  void importsANestedLiveRepositoryAsTheCommandLineDoes() throws Exception {
    Path source = Fixtures.fixturesDir().resolve("nested-live");
    Path repo = Fixtures.copyTree(source, tmp.resolve("nested-live"));
    Files.delete(repo.resolve("stackgen.hcl"));

    Stackgen.Imported imported = Stackgen.importRepository(repo, "stacks");

    assertThat(imported.layout()).isTrue();
    assertThat(imported.takenOver()).hasSize(34);
    assertThat(imported.identical()).isEqualTo(34);
    assertThat(imported.differing()).isEmpty();
    assertThat(imported.written()).isEmpty();
    assertThat(imported.catalog()).isEqualTo(Files.readString(source.resolve("stackgen.hcl")));
    assertThat(repo.resolve("stackgen.hcl")).doesNotExist();

    Run cli = Run.in(repo, "import");
    assertThat(cli.exit()).as(cli.toString()).isZero();
    assertThat(cli.out()).contains("round-trip: 34/34 files identical");
    assertThat(Files.readString(repo.resolve("stackgen.hcl"))).isEqualTo(imported.catalog());
  }

  @Test
  void writesTheCatalogWithTheCommandLinesChecks() throws Exception {
    Path repo = Fixtures.copyTree(Fixtures.fixturesDir().resolve("stacks-repo"), tmp.resolve("stacks-repo"));
    String committed = Files.readString(repo.resolve("stackgen.hcl"));

    assertThatThrownBy(() -> Stackgen.importRepository(repo, ImportOptions.builder().write().build()))
        .isInstanceOf(StackgenException.class)
        .hasMessage("stackgen.hcl already exists; use --force to overwrite it");
    Files.writeString(repo.resolve("stackgen.hcl"), "# old\n");

    Stackgen.Imported imported =
        Stackgen.importRepository(repo, ImportOptions.builder().write().force(true).build());

    assertThat(imported.written()).isEqualTo("stackgen.hcl");
    assertThat(Files.readString(repo.resolve("stackgen.hcl"))).isEqualTo(imported.catalog()).isEqualTo(committed);
  }
}
