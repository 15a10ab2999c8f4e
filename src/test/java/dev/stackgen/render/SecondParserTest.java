package dev.stackgen.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.bertramlabs.plugins.hcl4j.HCLParser;
import dev.stackgen.catalog.CatalogReader;
import dev.stackgen.model.Catalog;
import dev.stackgen.model.Stack;
import dev.stackgen.testing.CaseCount;
import dev.stackgen.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Reads every generated stack file of every fixture with hcl4j, a parser independent of ours, and
 * checks that it sees the include and exactly the dependencies the catalog declares.
 */
class SecondParserTest {
  @TestFactory
  Stream<DynamicTest> generatedStackFilesReadBackWithHcl4j() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path dir : CaseCount.atLeast(11, "fixture cases in stacks-fixtures/", Fixtures.catalogCases())) {
      tests.add(DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
    }
    return tests.stream();
  }

  @SuppressWarnings("unchecked")
  private static void check(Path dir) throws Exception {
    Catalog catalog = CatalogReader.read(dir);
    if (!catalog.shared().isEmpty() || catalog.stacks().stream().anyMatch(s -> s.name().contains("/"))) {
      return; // nested units: labels are not folder names and included files add dependencies (LayoutImportTest)
    }
    for (Stack stack : catalog.stacks()) {
      Path file = dir.resolve(catalog.settings().stacksDir()).resolve(stack.name()).resolve("terragrunt.hcl");
      Map<String, Object> parsed = quietly(Files.readString(file));
      assertThat(parsed).as(file.toString()).containsKey("include");
      Map<String, Object> deps = (Map<String, Object>) parsed.getOrDefault("dependency", Map.of());
      assertThat(deps.keySet()).as("dependencies of %s", stack.name())
          .containsExactlyInAnyOrderElementsOf(catalog.dependencyNames(stack));
      for (String dep : deps.keySet()) {
        Map<String, Object> block = (Map<String, Object>) deps.get(dep);
        assertThat(block.get("config_path")).as("%s -> %s", stack.name(), dep).isEqualTo("../" + dep);
      }
    }
  }

  /** hcl4j prints debug lines on stdout; keep the test output readable. */
  private static Map<String, Object> quietly(String text) throws Exception {
    PrintStream out = System.out;
    System.setOut(new PrintStream(new ByteArrayOutputStream()));
    try {
      return new HCLParser().parse(text);
    } finally {
      System.setOut(out);
    }
  }
}
