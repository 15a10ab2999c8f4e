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
  @TempDir
  Path dir;

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
    assertThatThrownBy(() -> AtomicWriter.writeAll(dir, files)).isInstanceOf(java.io.IOException.class)
        .hasMessage("a file is where stackgen needs the folder blocker (for blocker/b.hcl): blocker is a regular"
            + " file of 32 bytes; move it away");
    assertThat(Files.readString(dir.resolve("a.hcl"))).isEqualTo("old a\n");
    assertThat(leftovers()).isEmpty();
  }

  private List<String> tree() throws Exception {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.map(p -> dir.relativize(p).toString()).sorted().toList();
    }
  }

  @Test
  void aFolderWhereAFileGoesIsRefusedBeforeAnythingIsWrittenAndNamed() throws Exception {
    Files.writeString(dir.resolve("a.hcl"), "old a\n");
    Files.createDirectories(dir.resolve("stacks/b/terragrunt.hcl/.terraform"));
    Files.writeString(dir.resolve("stacks/b/terragrunt.hcl/notes.txt"), "x\n");
    List<String> before = tree();
    List<Map.Entry<Path, String>> files = List.of(
        Map.entry(dir.resolve("a.hcl"), "new a\n"),
        Map.entry(dir.resolve("new/deep/c.hcl"), "c\n"),
        Map.entry(dir.resolve("stacks/b/terragrunt.hcl"), "b\n"));
    assertThatThrownBy(() -> AtomicWriter.writeAll(dir, files))
        .hasMessage("a folder is where stackgen writes the file stacks/b/terragrunt.hcl: stacks/b/terragrunt.hcl/"
            + " holds 2 entries (.terraform, notes.txt); move it away");
    assertThat(tree()).as("untouched, the folders it created removed again").isEqualTo(before);
  }

  @Test
  void aLinkWhereAFileGoesIsRefusedEvenInsideTheRepository() throws Exception {
    Files.writeString(dir.resolve("real.hcl"), "real\n");
    Files.createSymbolicLink(dir.resolve("link.hcl"), dir.resolve("real.hcl"));
    assertThatThrownBy(() -> AtomicWriter.writeAll(dir, List.of(Map.entry(dir.resolve("link.hcl"), "x\n"))))
        .hasMessageStartingWith("a symbolic link is where stackgen writes the file link.hcl (it points to ");
    assertThat(Files.readString(dir.resolve("real.hcl"))).isEqualTo("real\n");
  }

  @Test
  void aFolderReplacedBeforeItsRenameIsRefusedAndTheReplacedFilesAreNamed() throws Exception {
    Files.createDirectories(dir.resolve("a"));
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("b/y.hcl"), "old y\n");
    List<Map.Entry<Path, String>> files = List.of(
        Map.entry(dir.resolve("a/x.hcl"), "x\n"),
        Map.entry(dir.resolve("a/z.hcl"), "z\n"),
        Map.entry(dir.resolve("b/y.hcl"), "new y\n"));
    AtomicWriter.beforeRenames = () -> {
      try {
        Files.move(dir.resolve("b"), dir.resolve("b-moved"));
        Files.createDirectories(dir.resolve("b"));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    };
    try {
      assertThatThrownBy(() -> AtomicWriter.writeAll(dir, files))
          .isInstanceOf(AtomicWriter.PartialWriteException.class)
          .hasMessage("b was moved or replaced (e.g. by a symbolic link) while stackgen ran; refusing to write"
              + " through it after 2 files were already replaced (a/x.hcl, a/z.hcl); the others are unchanged")
          .satisfies(e -> assertThat(((AtomicWriter.PartialWriteException) e).replaced())
              .containsExactly("a/x.hcl", "a/z.hcl"));
    } finally {
      AtomicWriter.beforeRenames = null;
    }
    assertThat(Files.readString(dir.resolve("a/x.hcl"))).isEqualTo("x\n");
    assertThat(Files.readString(dir.resolve("b-moved/y.hcl"))).isEqualTo("old y\n");
    assertThat(dir.resolve("b/y.hcl")).doesNotExist();
    assertThat(leftovers()).as("the temporary file in the moved folder").hasSizeLessThanOrEqualTo(1);
    assertThat(TempFiles.live()).isZero();
  }

  @Test
  void generateNamesWhatIsInTheWay() throws Exception {
    Files.writeString(dir.resolve("stackgen.hcl"), "root {\n  tiers = { core = \"0-core\" }\n}\n"
        + "stack \"web\" {\n  tier  = \"core\"\n  state = \"local\"\n}\n"
        + "stack \"db\" {\n  tier  = \"core\"\n  state = \"local\"\n}\n");
    Files.createDirectories(dir.resolve("stacks/web/terragrunt.hcl"));
    Files.writeString(dir.resolve("stacks/web/terragrunt.hcl/old.hcl"), "x\n");
    dev.stackgen.testing.Run r = dev.stackgen.testing.Run.in(dir, "generate");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("stackgen generate: a folder is where stackgen writes the file"
        + " stacks/web/terragrunt.hcl: stacks/web/terragrunt.hcl/ holds 1 entry (old.hcl); move it away\n");
    assertThat(dir.resolve("terragrunt.hcl")).as("nothing replaced before the refusal").doesNotExist();
    assertThat(dir.resolve("stacks/db")).doesNotExist();

    Files.delete(dir.resolve("stacks/web/terragrunt.hcl/old.hcl"));
    Files.delete(dir.resolve("stacks/web/terragrunt.hcl"));
    Files.delete(dir.resolve("stacks/web"));
    Files.writeString(dir.resolve("stacks/web"), "not a folder\n");
    r = dev.stackgen.testing.Run.in(dir, "generate");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("stackgen generate: a file is where stackgen needs the folder stacks/web"
        + " (for stacks/web/terragrunt.hcl): stacks/web is a regular file of 13 bytes; move it away\n");
    assertThat(dir.resolve("terragrunt.hcl")).doesNotExist();
  }
}
