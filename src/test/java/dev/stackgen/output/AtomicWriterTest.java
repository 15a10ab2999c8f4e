package dev.stackgen.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWriterTest {
  @TempDir Path dir;

  @Test
  void writesNewFilesAndFoldersWithoutLeavingTemporaries() throws Exception {
    Path target = dir.resolve("a/b/c.tf");
    AtomicWriter.write(target, "x = 1\n");
    assertThat(Files.readString(target)).isEqualTo("x = 1\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r--r--");
    try (var files = Files.list(target.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("c.tf");
    }
  }

  @Test
  void rewriteKeepsPermissions() throws Exception {
    Path p = dir.resolve("perm.hcl");
    Files.writeString(p, "a=1\n");
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-r-----"));
    AtomicWriter.write(p, "a = 1\n");
    assertThat(Files.readString(p)).isEqualTo("a = 1\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).isEqualTo("rw-r-----");
  }

  @Test
  void leftoversOfAKilledRunAreRemoved() throws Exception {
    Files.writeString(dir.resolve(AtomicWriter.TEMP_PREFIX + "123.tmp"), "half");
    Files.writeString(dir.resolve("keep.tf"), "x = 1\n");
    assertThat(AtomicWriter.removeLeftovers(dir)).isEqualTo(1);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("keep.tf");
    }
  }

  private List<String> leftovers() throws Exception {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(AtomicWriter.TEMP_PREFIX)).toList();
    }
  }

  @Test
  void writesManyFilesInParallelWithoutLeftovers() throws Exception {
    List<Map.Entry<Path, String>> files = new ArrayList<>();
    for (int i = 0; i < AtomicWriter.PARALLEL_FROM * 2; i++) {
      files.add(Map.entry(dir.resolve("s" + i + "/terragrunt.hcl"), "x = " + i + "\n"));
    }
    Files.createDirectories(dir.resolve("s7"));
    Files.writeString(dir.resolve("s7/terragrunt.hcl"), "old\n");
    Files.setPosixFilePermissions(dir.resolve("s7/terragrunt.hcl"), PosixFilePermissions.fromString("rw-r-----"));
    AtomicWriter.writeAll(dir, files);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("s7/terragrunt.hcl"))))
        .isEqualTo("rw-r-----");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("s8/terragrunt.hcl"))))
        .isEqualTo("rw-r--r--");
    for (int i = 0; i < files.size(); i++) {
      assertThat(Files.readString(files.get(i).getKey())).isEqualTo("x = " + i + "\n");
    }
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void aFailureBeforeTheRenamesLeavesEveryTargetUntouched() throws Exception {
    Files.writeString(dir.resolve("a.hcl"), "old a\n");
    Files.writeString(dir.resolve("blocker"), "a file where a folder is needed\n");
    List<Map.Entry<Path, String>> files = List.of(
        Map.entry(dir.resolve("a.hcl"), "new a\n"),
        Map.entry(dir.resolve("blocker/b.hcl"), "b\n"));
    assertThatThrownBy(() -> AtomicWriter.writeAll(dir, files)).isInstanceOf(java.io.IOException.class);
    assertThat(Files.readString(dir.resolve("a.hcl"))).isEqualTo("old a\n");
    assertThat(leftovers()).isEmpty();
  }
}
