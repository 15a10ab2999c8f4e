package dev.stackgen.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import dev.stackgen.catalog.CatalogReader;
import dev.stackgen.model.Catalog;
import dev.stackgen.output.AtomicWriter;
import dev.stackgen.testing.CaseCount;
import dev.stackgen.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Renders every fixture case in stacks-fixtures/ and compares it byte for byte with the files
 * committed beside its catalog; missing and extra files fail too. Run with
 * {@code -Dstackgen.updateGolden=true} to rewrite the committed files.
 */
class GoldenTest {
  private static final boolean UPDATE = Boolean.getBoolean("stackgen.updateGolden");

  /** Files of a case that are input or documentation, not output. */
  private static boolean isInput(String path) {
    return path.equals(CatalogReader.MAIN_FILE) || path.startsWith(CatalogReader.DROP_IN_DIR + "/")
        || path.equals("README.md") || path.startsWith("templates/");
  }

  @TestFactory
  Stream<DynamicTest> fixtures() {
    List<Path> cases = CaseCount.atLeast(11, "fixture cases in stacks-fixtures/", Fixtures.catalogCases());
    return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
  }

  private static void check(Path dir) throws Exception {
    Catalog catalog = CatalogReader.read(dir);
    Templates templates = Files.isDirectory(dir.resolve("templates"))
        ? Templates.overriddenBy(dir.resolve("templates"))
        : Templates.bundled();
    Map<String, String> rendered = new LinkedHashMap<>();
    for (GeneratedFile f : new Renderer(templates).render(catalog)) {
      rendered.put(f.path(), f.content());
    }
    Set<String> onDisk = new TreeSet<>(Fixtures.listFiles(dir));
    onDisk.removeIf(GoldenTest::isInput);
    if (UPDATE) {
      for (String extra : onDisk) {
        if (!rendered.containsKey(extra)) {
          Files.delete(dir.resolve(extra));
        }
      }
      for (var e : rendered.entrySet()) {
        AtomicWriter.write(dir.resolve(e.getKey()), e.getValue());
      }
      return;
    }
    List<String> problems = new ArrayList<>();
    for (var e : rendered.entrySet()) {
      Path p = dir.resolve(e.getKey());
      if (!Files.exists(p)) {
        problems.add("missing " + e.getKey());
        continue;
      }
      String actual = Files.readString(p, StandardCharsets.UTF_8);
      if (!actual.equals(e.getValue())) {
        problems.add("differs " + e.getKey() + "\n" + diff(e.getKey(), actual, e.getValue()));
      }
    }
    for (String path : onDisk) {
      if (!rendered.containsKey(path)) {
        problems.add("extra " + path + " (not produced by the catalog)");
      }
    }
    assertThat(problems).as("golden files of %s (rerun with -Dstackgen.updateGolden=true to accept)",
        dir.getFileName()).isEmpty();
  }

  private static String diff(String path, String expected, String actual) throws IOException {
    List<String> a = expected.lines().toList();
    List<String> b = actual.lines().toList();
    return String.join("\n", UnifiedDiffUtils.generateUnifiedDiff("a/" + path, "b/" + path, a,
        DiffUtils.diff(a, b), 3));
  }
}
