package dev.stackgen.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every package of {@code src/main/java}, counted by {@link CatalogNameLiteralsTest}'s rule (a string
 * literal equal to a name {@link CatalogSchema#FILE} declares, in a code line, the schema classes left
 * out), held to a ceiling: what is left there may only go down. The table is printed so a change shows
 * where it moved.
 */
class CatalogNameLiteralsPerPackageTest {
  private static final Path MAIN = Path.of("src/main/java");

  /** At most this many per package; a package not listed may spell none. */
  private static final Map<String, Integer> CEILING = Map.ofEntries(
      Map.entry("dev.stackgen", 9),
      Map.entry("dev.stackgen.catalog", 8),
      Map.entry("dev.stackgen.cli", 55),
      Map.entry("dev.stackgen.graph", 5),
      Map.entry("dev.stackgen.hcl", 7),
      Map.entry("dev.stackgen.importer", 45),
      Map.entry("dev.stackgen.lsp", 60),
      Map.entry("dev.stackgen.model", 96),
      Map.entry("dev.stackgen.output", 7),
      Map.entry("dev.stackgen.postfix", 17),
      Map.entry("dev.stackgen.render", 10));

  static Map<String, List<String>> hitsPerPackage() throws IOException {
    Set<String> names = CatalogNameLiteralsTest.catalogNames();
    Map<String, List<String>> hits = new TreeMap<>();
    List<Path> dirs;
    try (Stream<Path> walk = Files.walk(MAIN)) {
      dirs = walk.filter(Files::isDirectory).sorted().toList();
    }
    for (Path dir : dirs) {
      List<String> found = CatalogNameLiteralsTest.literals(dir, names);
      if (!found.isEmpty()) {
        hits.put(MAIN.relativize(dir).toString().replace('/', '.'), new ArrayList<>(found));
      }
    }
    return hits;
  }

  @Test
  void eachPackageSpellsAtMostItsCeiling() throws IOException {
    Map<String, List<String>> hits = hitsPerPackage();
    StringBuilder table = new StringBuilder("catalog-name literals per package (ceiling):\n");
    hits.forEach((pkg, list) -> table.append(String.format("  %-32s %4d (%d)%n", pkg, list.size(),
        CEILING.getOrDefault(pkg, 0))));
    System.out.print(table);
    hits.forEach((pkg, list) -> assertThat(list)
        .as(pkg + " spells catalog names as literals (use CatalogNames):\n" + String.join("\n", list))
        .hasSizeLessThanOrEqualTo(CEILING.getOrDefault(pkg, 0)));
    assertThat(hits).as("the count still finds the catalog package's known ones").containsKey("dev.stackgen.catalog");
  }
}
