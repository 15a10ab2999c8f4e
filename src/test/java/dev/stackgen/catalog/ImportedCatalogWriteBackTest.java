package dev.stackgen.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.importer.CatalogImporter;
import dev.stackgen.model.Catalog;
import dev.stackgen.render.Renderer;
import dev.stackgen.render.Templates;
import dev.stackgen.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The writer prints every catalog import writes, from the model read from it: for each repository of the
 * wild corpus and each fixture without its catalog, write(read(imported)) is the imported text byte for
 * byte (the net under moving import from text onto model values, issue 22).
 */
class ImportedCatalogWriteBackTest {
  @TempDir
  Path tmp;

  @TestFactory
  Stream<DynamicTest> everyImportedCatalogIsWrittenBackAsImportWroteIt() throws Exception {
    List<Path> repos = new ArrayList<>();
    for (Path dir : List.of(Path.of("src/test/resources/wild-corpus"), Path.of("stacks-fixtures"))) {
      try (Stream<Path> s = Files.list(dir)) {
        s.filter(Files::isDirectory).sorted().forEach(repos::add);
      }
    }
    Renderer renderer = new Renderer(Templates.bundled());
    List<DynamicTest> tests = new ArrayList<>();
    for (Path source : repos) {
      Path repo = Fixtures.copyTree(source, tmp.resolve(source.getParent().getFileName() + "-" + source.getFileName()));
      Files.deleteIfExists(repo.resolve(CatalogReader.MAIN_FILE));
      Path dropIns = repo.resolve(CatalogReader.DROP_IN_DIR);
      if (Files.isDirectory(dropIns)) {
        try (Stream<Path> s = Files.list(dropIns)) {
          for (Path f : s.toList()) {
            Files.delete(f);
          }
        }
        Files.delete(dropIns);
      }
      CatalogImporter.Result imported;
      try {
        imported = CatalogImporter.importRepo(repo, "stacks", renderer);
      } catch (CatalogException e) {
        continue; // a repository import refuses (no root, ...): nothing written, nothing to write back
      }
      String text = imported.catalog();
      tests.add(DynamicTest.dynamicTest(source.toString(), () -> {
        Catalog catalog = CatalogReader.parse(List.of(new CatalogReader.Source(CatalogReader.MAIN_FILE, text)),
            Set.of(CatalogReader.POSTFIX_CHECK));
        assertThat(CatalogWriter.write(catalog).get(CatalogReader.MAIN_FILE)).isEqualTo(text);
      }));
    }
    assertThat(tests).as("imported repositories").hasSizeGreaterThanOrEqualTo(20);
    return tests.stream();
  }
}
