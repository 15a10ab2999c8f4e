package dev.stackgen.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.catalog.CatalogReader;
import dev.stackgen.model.Catalog;
import dev.stackgen.testing.CaseCount;
import dev.stackgen.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The module grammar can state a real wrapper exactly: the explicit module blocks of
 * stacks-fixtures/handwritten-wrappers render the hand-written main.tf files of handwritten-repo byte
 * for byte, after the header line and the blank line under it.
 */
class HandwrittenWrappersTest {
  private static final Path CASE = Fixtures.fixturesDir().resolve("handwritten-wrappers");
  private static final Path HANDWRITTEN = Fixtures.fixturesDir().resolve("handwritten-repo/stacks");

  @TestFactory
  Stream<DynamicTest> everyWrapperIsReproduced() throws Exception {
    Catalog catalog = CatalogReader.read(CASE);
    Renderer renderer = new Renderer(Templates.bundled());
    return CaseCount.atLeast(10, "stacks of handwritten-wrappers", catalog.stacks()).stream().map(stack -> DynamicTest
        .dynamicTest(stack.name(), () -> {
          GeneratedFile mainTf = renderer.renderStack(catalog, stack).stream()
              .filter(f -> f.path().endsWith("/main.tf")).findFirst().orElseThrow();
          String expected = Files.readString(HANDWRITTEN.resolve(stack.name()).resolve("main.tf"));
          assertThat(mainTf.content()).isEqualTo(Renderer.HEADER + "\n\n" + expected);
        }));
  }

  @Test
  void theCaseCoversTheCanonicalWrappersAndNothingWarns() throws Exception {
    Catalog catalog = CatalogReader.read(CASE);
    assertThat(catalog.stacks()).hasSize(10);
    assertThat(catalog.warnings()).isEmpty();
    assertThat(catalog.stacks()).allMatch(s -> s.module().isPresent());
    assertThat(List.of("hedgedoc", "mailserver", "mealie", "ntfy", "paperless"))
        .allMatch(n -> catalog.stack(n).isPresent());
  }
}
