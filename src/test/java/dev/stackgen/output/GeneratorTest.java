package dev.stackgen.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stackgen.render.GeneratedFile;
import dev.stackgen.render.Renderer;
import dev.stackgen.testing.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorTest {
  static final String OWNED = Renderer.HEADER + "\n\nx = 1\n";

  @TempDir
  Path repo;

  private void write(String path, String content) throws Exception {
    Path p = repo.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
  }

  private List<FileReport> reports(GeneratedFile... plan) throws Exception {
    return DriftChecker.check(repo, List.of(plan), "stacks", true);
  }

  @Test
  void pruningRemovesTheEmptiedStackFolderButKeepsFoldersWithOtherFiles() throws Exception {
    write("stacks/keep/terragrunt.hcl", OWNED);
    write("stacks/gone/terragrunt.hcl", OWNED);
    write("stacks/gone/sub/main.tf", OWNED);
    write("stacks/half/terragrunt.hcl", OWNED);
    write("stacks/half/README.md", "hand-written notes\n");
    List<FileReport> r = reports(new GeneratedFile("stacks/keep/terragrunt.hcl", OWNED, "keep"));
    List<Generator.Change> changes = Generator.apply(repo, r, new Generator.Options(true, false, false), "stacks");
    assertThat(changes).extracting(Generator.Change::path).containsExactly(
        "stacks/gone/sub/main.tf", "stacks/gone/terragrunt.hcl", "stacks/half/terragrunt.hcl");
    assertThat(repo.resolve("stacks/gone")).doesNotExist();
    assertThat(repo.resolve("stacks/half/README.md")).exists();
    assertThat(repo.resolve("stacks/keep/terragrunt.hcl")).exists();
  }

  @Test
  void pruningTheLastStackKeepsTheStacksFolder() throws Exception {
    write("stacks/gone/terragrunt.hcl", OWNED);
    Generator.apply(repo, reports(), new Generator.Options(true, false, false), "stacks");
    assertThat(repo.resolve("stacks")).isEmptyDirectory();
  }

  @Test
  void withoutPruneOrphansStay() throws Exception {
    write("stacks/gone/terragrunt.hcl", OWNED);
    assertThat(Generator.apply(repo, reports(), new Generator.Options(false, false, false), "stacks")).isEmpty();
    assertThat(repo.resolve("stacks/gone/terragrunt.hcl")).exists();
  }

  @Test
  void handWrittenFilesStopEverythingBeforeTheFirstWrite() throws Exception {
    write("stacks/a/terragrunt.hcl", "mine\r\n");
    List<FileReport> r = reports(new GeneratedFile("terragrunt.hcl", OWNED, null),
        new GeneratedFile("stacks/a/terragrunt.hcl", OWNED, "a"));
    assertThatThrownBy(() -> Generator.apply(repo, r, new Generator.Options(false, false, false), "stacks"))
        .isInstanceOf(Generator.HandWrittenException.class)
        .hasMessage("refusing to overwrite hand-written file stacks/a/terragrunt.hcl (no \"Code generated\""
            + " header); use --adopt to take it over");
    assertThat(repo.resolve("terragrunt.hcl")).doesNotExist();
    assertThat(Generator.apply(repo, r, new Generator.Options(false, true, false), "stacks"))
        .extracting(Generator.Change::verb).containsExactly("created", "adopted");
    assertThat(repo.resolve("stacks/a/terragrunt.hcl")).hasContent(OWNED.strip());
  }

  @Test
  void lineEndingsAreRewrittenAsLf() throws Exception {
    write("stacks/a/terragrunt.hcl", OWNED.replace("\n", "\r\n"));
    List<FileReport> r = reports(new GeneratedFile("stacks/a/terragrunt.hcl", OWNED, "a"));
    assertThat(Generator.apply(repo, r, new Generator.Options(false, false, false), "stacks"))
        .extracting(Generator.Change::verb).containsExactly("updated");
    assertThat(Files.readString(repo.resolve("stacks/a/terragrunt.hcl"))).isEqualTo(OWNED);
  }

  @Test
  void dryRunTouchesNothing() throws Exception {
    write("stacks/gone/terragrunt.hcl", OWNED);
    List<FileReport> r = reports(new GeneratedFile("stacks/new/terragrunt.hcl", OWNED, "new"));
    assertThat(Generator.apply(repo, r, new Generator.Options(true, false, true), "stacks"))
        .extracting(Generator.Change::verb).containsExactly("created", "removed");
    assertThat(repo.resolve("stacks/gone/terragrunt.hcl")).exists();
    assertThat(repo.resolve("stacks/new")).doesNotExist();
  }

  /**
   * Found by KilledGenerateTest: a run killed after writing a file but before its clean-up pass
   * left a temporary file that no later run removed, because that file was then up to date.
   */
  @Test
  void removesLeftoverTemporaryFilesEvenWhereNothingChanged() throws Exception {
    Files.writeString(repo.resolve("stackgen.hcl"), """
        root {
          tiers = { core = "0-core" }
        }
        stack "web" {
          tier  = "core"
          state = "local"
        }
        """);
    assertThat(Run.of("generate", "-C", repo.toString()).exit()).isZero();
    Path leftover = Files.writeString(repo.resolve("stacks/web/" + AtomicWriter.TEMP_PREFIX + "123.tmp"), "x");
    Path rootLeftover = Files.writeString(repo.resolve(AtomicWriter.TEMP_PREFIX + "456.tmp"), "x");
    Run check = Run.of("check", "-C", repo.toString());
    assertThat(check.exit()).as(check.toString()).isEqualTo(1);
    assertThat(check.out()).startsWith("leftover      " + AtomicWriter.TEMP_PREFIX + "456.tmp\n"
        + "leftover      stacks/web/" + AtomicWriter.TEMP_PREFIX + "123.tmp\n"
        + "check: 2 of 2 files out of date (2 leftover)\n");
    Run again = Run.of("generate", "-C", repo.toString());
    assertThat(again.out()).isEqualTo("removed leftover " + AtomicWriter.TEMP_PREFIX + "456.tmp\n"
        + "removed leftover stacks/web/" + AtomicWriter.TEMP_PREFIX + "123.tmp\n"
        + "generate: 0 changed, 2 unchanged, 2 leftover temporary files of an interrupted run removed\n");
    assertThat(leftover).doesNotExist();
    assertThat(rootLeftover).doesNotExist();
  }

  @Test
  void dryRunAndCheckLeaveLeftoversAlone() throws Exception {
    Files.writeString(repo.resolve("stackgen.hcl"), "root {\n  tiers = { core = \"0-core\" }\n}\n");
    assertThat(Run.of("generate", "-C", repo.toString()).exit()).isZero();
    Path leftover = Files.writeString(repo.resolve(AtomicWriter.TEMP_PREFIX + "1.tmp"), "x");
    Run dry = Run.of("generate", "--dry-run", "-C", repo.toString());
    assertThat(dry.exit()).isZero();
    assertThat(dry.out()).contains("would be removed leftover " + AtomicWriter.TEMP_PREFIX + "1.tmp\n");
    Run check = Run.of("check", "-C", repo.toString());
    assertThat(check.exit()).as("check reports the leftover (and the cache does not hide it)").isEqualTo(1);
    assertThat(check.out()).contains("leftover      " + AtomicWriter.TEMP_PREFIX + "1.tmp\n");
    assertThat(leftover).exists();
  }
}
