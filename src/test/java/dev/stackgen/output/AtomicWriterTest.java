package dev.stackgen.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWriterTest {
  @TempDir Path dir;

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
    AtomicWriter.writeAll(files);
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
    assertThatThrownBy(() -> AtomicWriter.writeAll(files)).isInstanceOf(java.io.IOException.class);
    assertThat(Files.readString(dir.resolve("a.hcl"))).isEqualTo("old a\n");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void singleWriteReplacesAndCleansUp() throws Exception {
    AtomicWriter.write(dir.resolve("x/y.hcl"), "1\n");
    AtomicWriter.write(dir.resolve("x/y.hcl"), "2\n");
    assertThat(Files.readString(dir.resolve("x/y.hcl"))).isEqualTo("2\n");
    Files.writeString(dir.resolve("x/" + AtomicWriter.TEMP_PREFIX + "9.tmp"), "");
    assertThat(AtomicWriter.removeLeftovers(dir.resolve("x"))).isEqualTo(1);
    assertThat(leftovers()).isEmpty();
  }
}
