package dev.stackgen.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
}
