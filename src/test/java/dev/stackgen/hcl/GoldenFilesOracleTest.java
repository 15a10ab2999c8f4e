package dev.stackgen.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.testing.CaseCount;
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
 * Every golden HCL file — any .tf/.hcl/.tfvars below a test-resources directory named
 * {@code golden} or {@code expected}, and every file stackgen generated into stacks-fixtures/ — must
 * already be what the official formatter makes of it, and must be accepted by the official parser.
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

  /** Files in stacks-fixtures that stackgen generated (header line or a case with header = false). */
  static List<Path> generatedFixtureFiles() throws IOException {
    Path fixtures = HclOracle.repoRoot().resolve("stacks-fixtures");
    try (Stream<Path> files = Files.walk(fixtures)) {
      return files.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().matches(".*\\.(tf|hcl)"))
          .filter(p -> !p.getFileName().toString().equals("stackgen.hcl"))
          .filter(p -> !p.toString().contains("/stackgen.d/"))
          // handwritten-repo, handwritten-repo-2, ...: hand-kept import fixtures, not generated
          .filter(p -> !fixtures.relativize(p).getName(0).toString().startsWith("handwritten-repo"))
          .sorted()
          .toList();
    }
  }

  @TestFactory
  Stream<DynamicTest> goldenFilesAreCanonical() throws IOException {
    List<Path> files = new java.util.ArrayList<>(goldenFiles());
    files.addAll(generatedFixtureFiles());
    CaseCount.atLeast(177, "golden and generated fixture files", files);
    HclOracle.assumeAvailable();
    Path root = HclOracle.repoRoot();
    Map<String, String> contents = new LinkedHashMap<>();
    for (Path p : files) {
      contents.put(root.relativize(p).toString(), HclCorpus.read(p));
    }
    Map<String, String> formatted = HclOracle.format(contents);
    var parsed = HclOracle.parse(contents);
    return contents.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
      assertThat(formatted.get(e.getKey())).as("official formatter on %s", e.getKey()).isEqualTo(e.getValue());
      assertThat(parsed.get(e.getKey()).ok()).as("official parser on %s: %s", e.getKey(),
          parsed.get(e.getKey()).error()).isTrue();
    }));
  }
}
