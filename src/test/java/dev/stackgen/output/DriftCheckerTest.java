package dev.stackgen.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.render.GeneratedFile;
import dev.stackgen.render.Renderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriftCheckerTest {
  static final String OWNED = Renderer.HEADER + "\n\ninclude \"root\" {\n  path = find_in_parent_folders()\n}\n";

  @TempDir
  Path repo;

  private void write(String path, String content) throws Exception {
    Path p = repo.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
  }

  private List<FileReport> check(GeneratedFile... plan) throws Exception {
    return DriftChecker.check(repo, List.of(plan), "stacks", true);
  }

  private static GeneratedFile file(String stack) {
    return new GeneratedFile("stacks/" + stack + "/terragrunt.hcl", OWNED, stack);
  }

  @Test
  void eachStatusOnce() throws Exception {
    write("stacks/clean/terragrunt.hcl", OWNED);
    write("stacks/stale/terragrunt.hcl", OWNED.replace("path", "path "));
    write("stacks/mine/terragrunt.hcl", "include \"root\" {}\n");
    write("stacks/crlf/terragrunt.hcl", OWNED.replace("\n", "\r\n"));
    List<FileReport> r = check(file("clean"), file("stale"), file("missing"), file("mine"), file("crlf"));
    assertThat(r).extracting(FileReport::path, FileReport::status).containsExactly(
        org.assertj.core.groups.Tuple.tuple("stacks/clean/terragrunt.hcl", FileStatus.CLEAN),
        org.assertj.core.groups.Tuple.tuple("stacks/stale/terragrunt.hcl", FileStatus.STALE),
        org.assertj.core.groups.Tuple.tuple("stacks/missing/terragrunt.hcl", FileStatus.MISSING),
        org.assertj.core.groups.Tuple.tuple("stacks/mine/terragrunt.hcl", FileStatus.HAND_WRITTEN),
        org.assertj.core.groups.Tuple.tuple("stacks/crlf/terragrunt.hcl", FileStatus.LINE_ENDINGS));
  }

  @Test
  void orphansAreFoundInNestedFoldersWithTheirStack() throws Exception {
    write("stacks/web/terragrunt.hcl", OWNED);
    write("stacks/web/modules/db/main.tf", OWNED);
    write("stacks/old/terragrunt.hcl", OWNED.replace("\n", "\r\n"));
    write("stacks/loose.hcl", OWNED);
    write("stacks/web/notes.md", "# not generated\n");
    write("stacks/web/.terragrunt-cache/x/terragrunt.hcl", OWNED);
    write("stacks/web/" + AtomicWriter.TEMP_PREFIX + "1.tmp", OWNED);
    List<FileReport> r = check(file("web"));
    assertThat(r).filteredOn(f -> f.status() == FileStatus.ORPHANED)
        .extracting(FileReport::path, FileReport::stack)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("stacks/loose.hcl", null),
            org.assertj.core.groups.Tuple.tuple("stacks/old/terragrunt.hcl", "old"),
            org.assertj.core.groups.Tuple.tuple("stacks/web/modules/db/main.tf", "web"));
  }

  @Test
  void headerIsRecognisedWithCrlfAndAfterBlankLinesButNotInsideALine() throws Exception {
    assertThat(DriftChecker.startsWithHeader((Renderer.HEADER + "\r\nx").getBytes())).isTrue();
    assertThat(DriftChecker.startsWithHeader((Renderer.HEADER + "\n").getBytes())).isTrue();
    assertThat(DriftChecker.startsWithHeader(Renderer.HEADER.getBytes())).isTrue();
    assertThat(DriftChecker.startsWithHeader((Renderer.HEADER + " (edited)\n").getBytes())).isFalse();
    // a file the catalog starts with blank lines (leading_blank_lines) still carries the header
    assertThat(DriftChecker.startsWithHeader(("\n" + Renderer.HEADER + "\n").getBytes())).isTrue();
    assertThat(DriftChecker.startsWithHeader(("\r\n\n" + Renderer.HEADER).getBytes())).isTrue();
    assertThat(DriftChecker.startsWithHeader(("\n# " + Renderer.HEADER + "\n").getBytes())).isFalse();
    assertThat(DriftChecker.startsWithHeader(("\uFEFF" + Renderer.HEADER + "\n").getBytes())).isFalse();
  }

  @Test
  void crlfWithoutHeaderIsHandWrittenAndCrlfWithARealChangeIsStale() throws Exception {
    write("stacks/mine/terragrunt.hcl", "# mine\r\ninclude \"root\" {}\r\n");
    write("stacks/edited/terragrunt.hcl", OWNED.replace("path", "path ").replace("\n", "\r\n"));
    List<FileReport> r = check(file("mine"), file("edited"));
    assertThat(r).extracting(FileReport::status).containsExactly(FileStatus.HAND_WRITTEN, FileStatus.STALE);
    String diff = DriftReport.diff(r.get(1));
    assertThat(diff).as("only the edited line differs, not every line").contains("-  path  = find_in_parent_folders()\n"
        + "+  path = find_in_parent_folders()\n");
    assertThat(diff.lines().filter(l -> l.startsWith("-") && !l.startsWith("---")).count()).isEqualTo(1);
  }

  @Test
  void withoutHeaderOwnershipPlannedPathsAreOwnedAndOrphansAreNotSought() throws Exception {
    GeneratedFile plain = new GeneratedFile("stacks/a/terragrunt.hcl", "x = 1\n", "a");
    write("stacks/a/terragrunt.hcl", "x = 2\n");
    write("stacks/b/terragrunt.hcl", OWNED);
    List<FileReport> r = DriftChecker.check(repo, List.of(plain), "stacks", false);
    assertThat(r).extracting(FileReport::status).containsExactly(FileStatus.STALE);
  }

  @Test
  void aMissingStacksFolderHasNoOrphans() throws Exception {
    assertThat(check(file("a"))).extracting(FileReport::status).containsExactly(FileStatus.MISSING);
  }

  @Test
  void largePlansAreComparedInParallelInPlanOrder() throws Exception {
    List<GeneratedFile> plan = new java.util.ArrayList<>();
    for (int i = 0; i < DriftChecker.PARALLEL_FROM + 50; i++) {
      plan.add(file("s" + i));
      if (i % 3 == 0) {
        write("stacks/s" + i + "/terragrunt.hcl", OWNED);
      } else if (i % 3 == 1) {
        write("stacks/s" + i + "/terragrunt.hcl", OWNED + "# edited\n");
      }
    }
    List<FileReport> r = DriftChecker.check(repo, plan, "stacks", true);
    assertThat(r).hasSize(plan.size());
    for (int i = 0; i < plan.size(); i++) {
      assertThat(r.get(i).path()).isEqualTo(plan.get(i).path());
      assertThat(r.get(i).status()).isEqualTo(
          i % 3 == 0 ? FileStatus.CLEAN : i % 3 == 1 ? FileStatus.STALE : FileStatus.MISSING);
    }
  }

  @Test
  void aFolderWhereAFileBelongsIsMissing() throws Exception {
    Files.createDirectories(repo.resolve("stacks/a/terragrunt.hcl"));
    assertThat(check(file("a"))).extracting(FileReport::status).containsExactly(FileStatus.MISSING);
  }
}
