package dev.stackgen.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.testing.HclCorpus;
import dev.stackgen.testing.HclOracle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every golden HCL file in the test resources (any .tf/.hcl/.tfvars below a directory named
 * {@code golden} or {@code expected}) must already be what the official formatter makes of it.
 */
class GoldenFilesOracleTest {

  static List<Path> goldenFiles() throws IOException {
    Path resources = HclOracle.repoRoot().resolve("src/test/resources");
    if (!Files.isDirectory(resources)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(resources)) {
      return files.filter(Files::isRegularFile)
          .filter(p -> !p.startsWith(HclCorpus.dir()))
          .filter(p -> p.getFileName().toString().matches(".*\\.(tf|hcl|tfvars)"))
          .filter(p -> {
            Path rel = resources.relativize(p);
            for (Path part : rel) {
              String s = part.toString();
              if (s.equals("golden") || s.equals("expected")) {
                return true;
              }
            }
            return false;
          })
          .sorted()
          .toList();
    }
  }

  @TestFactory
  Stream<DynamicTest> goldenFilesAreCanonical() throws IOException {
    List<Path> files = goldenFiles();
    if (files.isEmpty()) {
      return Stream.empty();
    }
    HclOracle.assumeAvailable();
    Path root = HclOracle.repoRoot();
    Map<String, String> contents = new LinkedHashMap<>();
    for (Path p : files) {
      contents.put(root.relativize(p).toString(), HclCorpus.read(p));
    }
    Map<String, String> formatted = HclOracle.format(contents);
    return contents.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(),
        () -> assertThat(formatted.get(e.getKey())).as(e.getKey()).isEqualTo(e.getValue())));
  }
}
