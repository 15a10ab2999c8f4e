package dev.stackgen.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.catalog.CatalogReader;
import dev.stackgen.model.Catalog;
import dev.stackgen.testing.CaseCount;
import dev.stackgen.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link Catalog#ownedPaths()} (what leading_blank_lines may name) lists exactly the files the renderer
 * writes, in the same order, for every fixture catalog: the two keep one rule for where files go.
 */
class OwnedPathsTest {
  @TestFactory
  Stream<DynamicTest> ownedPathsAreTheRenderedPaths() throws Exception {
    try (Stream<Path> dirs = Files.list(Fixtures.fixturesDir())) {
      return CaseCount.atLeast(11, "fixture cases in stacks-fixtures/",
          dirs.filter(d -> Files.isRegularFile(d.resolve("stackgen.hcl"))).sorted().toList()).stream()
          .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            Catalog catalog = CatalogReader.read(dir);
            assertThat(catalog.ownedPaths()).containsExactlyElementsOf(
                new Renderer(Templates.bundled()).render(catalog).stream().map(GeneratedFile::path).toList());
          }));
    }
  }
}
