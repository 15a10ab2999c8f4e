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

  /** What a package may still spell, and why: the same word meaning something else there. */
  record Budget(int ceiling, String why) {}

  /**
   * At most this many per package (a package not listed may spell none), each with the reason the rest
   * stays. The count on main before the names were public: dev.stackgen 9, catalog 8, cli 55, graph 5,
   * hcl 7, importer 45, lsp 60, model 96, output 7, postfix 17, render 10.
   */
  private static final Map<String, Budget> CEILING = Map.ofEntries(
      Map.entry("dev.stackgen", new Budget(9,
          "the add kind \"module\", parameter names in requireNonNull (templates, file,"
              + " profile, name), the stacks|tiers completion kinds, the build's version property")),
      Map.entry("dev.stackgen.catalog", new Budget(8, "see CatalogNameLiteralsTest")),
      Map.entry("dev.stackgen.cli", new Budget(55, "command and option names (check, import, --stack, --tier,"
          + " --profile, --file, --env, --master, --templates), completion kinds, provider \"vault\" in training"
          + " text")),
      Map.entry("dev.stackgen.graph", new Budget(5, "JSON field names of the graph output")),
      Map.entry("dev.stackgen.hcl", new Budget(7, "HCL's own words (type, name, source, path, heredoc); below the"
          + " catalog, cannot see it")),
      Map.entry("dev.stackgen.importer", new Budget(31, "Terraform and Terragrunt blocks it reads from the"
          + " repository (variable, locals, module, data, source, dependency, config_path, generate path), the"
          + " tiers local, the fallback tier \"default\", the candidate kind \"unit\"")),
      Map.entry("dev.stackgen.lsp", new Budget(25, "symbol kinds and completion details (stack, tier, variable),"
          + " the server and diagnostic source \"stackgen\", JSON field \"path\", depends_on (no schema name)")),
      Map.entry("dev.stackgen.model", new Budget(96, "the model sits below the catalog and must not import it:"
          + " record component names, Terraform words in the model of generated files")),
      Map.entry("dev.stackgen.output", new Budget(7, "the tool's name in lock and report text, JSON field names")),
      Map.entry("dev.stackgen.postfix", new Budget(17, "Postfix's own words (file, name, type, profile, master)"
          + " in findings and main.cf/master.cf parsing")),
      Map.entry("dev.stackgen.render", new Budget(10, "Terraform blocks in the generated HCL (variable, vault"
          + " data, locals, module, provider, skip_outputs), the template model's keys")));

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

  private static int ceiling(String pkg) {
    Budget b = CEILING.get(pkg);
    return b == null ? 0 : b.ceiling();
  }

  @Test
  void eachPackageSpellsAtMostItsCeiling() throws IOException {
    Map<String, List<String>> hits = hitsPerPackage();
    StringBuilder table = new StringBuilder("catalog-name literals per package (ceiling):\n");
    hits.forEach((pkg, list) -> table.append(String.format("  %-24s %4d (ceiling %d: %s)%n", pkg,
        list.size(), ceiling(pkg), CEILING.containsKey(pkg) ? CEILING.get(pkg).why() : "none")));
    System.out.print(table);
    hits.forEach((pkg, list) -> assertThat(list)
        .as(pkg + " spells catalog names as literals (use CatalogSchema.Name):\n" + String.join("\n", list))
        .hasSizeLessThanOrEqualTo(ceiling(pkg)));
    assertThat(hits).as("the count still finds the catalog package's known ones").containsKey("dev.stackgen.catalog");
  }
}
