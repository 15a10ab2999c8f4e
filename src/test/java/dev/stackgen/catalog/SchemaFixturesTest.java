package dev.stackgen.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The strict schema accepts every catalog the project ships as valid (the fixtures and examples). */
class SchemaFixturesTest {
  @Test
  void everyFixtureCatalogPassesTheSchema() throws Exception {
    List<Path> repos;
    try (Stream<Path> s = Files.walk(Path.of("stacks-fixtures"), 3)) {
      repos = s.filter(p -> p.getFileName().toString().equals(CatalogReader.MAIN_FILE))
          .map(Path::getParent).sorted().toList();
    }
    assertThat(repos).hasSizeGreaterThanOrEqualTo(8);
    for (Path repo : repos) {
      var catalog = CatalogReader.read(repo);
      // A Terragrunt Stacks repository has stack files and no units of its own.
      assertThat(catalog.stacks().size() + catalog.stackFiles().size()).as(repo.toString()).isPositive();
    }
  }
}
