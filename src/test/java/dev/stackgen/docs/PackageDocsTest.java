package dev.stackgen.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every package says whether it is API or internal, so library users know what they may depend on. */
class PackageDocsTest {
  private static final List<String> API = List.of("dev/stackgen", "dev/stackgen/model");

  @Test
  void everyPackageIsMarkedApiOrInternal() throws Exception {
    Path src = Fixtures.repoRoot().resolve("src/main/java");
    List<Path> packages;
    try (var dirs = Files.walk(src.resolve("dev/stackgen"))) {
      packages = dirs.filter(Files::isDirectory).filter(PackageDocsTest::hasJava).toList();
    }
    assertThat(packages).hasSizeGreaterThanOrEqualTo(9);
    for (Path p : packages) {
      String name = src.relativize(p).toString().replace('\\', '/');
      Path info = p.resolve("package-info.java");
      assertThat(info).as("%s has a package-info.java", name).exists();
      String doc = Files.readString(info).replaceFirst("(?s)^/\\*\\*\\s*\\*\\s*", "");
      if (API.contains(name)) {
        assertThat(doc).as(name).doesNotStartWith("Internal");
      } else {
        assertThat(doc).as("%s's documentation starts with Internal", name).startsWith("Internal");
      }
    }
  }

  private static boolean hasJava(Path dir) {
    try (var files = Files.list(dir)) {
      return files.anyMatch(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
