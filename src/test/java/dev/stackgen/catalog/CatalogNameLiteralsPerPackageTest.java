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
 * literal equal to a name {@link CatalogSchema#FILE} declares, in a code line, the schema classes and
 * {@code CatalogNames} left out, a {@code requireNonNull} message naming its parameter too), held to a
 * ceiling: what is left there may only go down, and a literal added anywhere fails. The table is printed
 * so a change shows where it moved.
 */
class CatalogNameLiteralsPerPackageTest {
  private static final Path MAIN = Path.of("src/main/java");

  /** What a package may still spell, and why: the same word meaning something else there. */
  record Budget(int ceiling, String why) {}

  /**
   * At most this many per package (a package not listed may spell none), each with the reason the rest
   * stays: none of them is a catalog name, each is the same word meaning something else there. The
   * count on main before the names were public: dev.stackgen 9, catalog 8, cli 55, graph 5, hcl 7,
   * importer 45, lsp 60, model 96, output 7, postfix 17, render 10; before the names moved to
   * {@code dev.stackgen.model.CatalogNames} (the model's floor) and {@code requireNonNull(file, "file")}
   * stopped counting: dev.stackgen 9, catalog 8, cli 55, graph 5, hcl 7, importer 31, lsp 25, model 96,
   * output 7, postfix 17, render 10 (270).
   */
  private static final Map<String, Budget> CEILING = Map.ofEntries(
      Map.entry("dev.stackgen", new Budget(4, "option words, not names: the add kind \"module\" (--kind module|app),"
          + " the stacks|tiers completion kinds, the build's version property")),
      Map.entry("dev.stackgen.catalog", new Budget(7, "see CatalogNameLiteralsTest")),
      Map.entry("dev.stackgen.cli", new Budget(55, "command and option names (check, import, version, --stack, --tier,"
          + " --profile, --file, --env, --master, --templates), completion kinds, the launcher \"stackgen\", the"
          + " training's catalog text (provider \"vault\", count)")),
      Map.entry("dev.stackgen.hcl", new Budget(2, "the token kind \"heredoc\"; below the catalog, cannot see it")),
      Map.entry("dev.stackgen.importer", new Budget(27, "Terraform and Terragrunt words of the repository files it"
          + " reads (variable, locals, module, data, source, type, default, dependency, config_path, skip_outputs,"
          + " generate path), the tiers local, the fallback tier key \"default\", the candidate kind \"unit\"")),
      Map.entry("dev.stackgen.lsp", new Budget(12, "completion details shown to the user (stack, tier), depends_on"
          + " and Terragrunt's paths read as stack lists (not the vault block's depends_on), the server and"
          + " diagnostic source \"stackgen\", JSON field \"path\", \"file\" in hover prose")),
      Map.entry("dev.stackgen.model", new Budget(1, "the Terraform reference root data. (data.vault_kv_secret_v2.x)")),
      Map.entry("dev.stackgen.output", new Budget(6, "the tool's name in cache, lock and report text, the"
          + " check command in advice, the report status \"removed\"")),
      Map.entry("dev.stackgen.render", new Budget(7, "the template model's block kinds (variable, vault, locals,"
          + " module: docs/templates.md), Terraform headers in the generated HCL (locals, provider), the"
          + " template root \"file\"")));

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
        .as(pkg + " spells catalog names as literals (use CatalogNames, or CatalogSchema.Name above the model):\n"
            + String.join("\n", list))
        .hasSizeLessThanOrEqualTo(ceiling(pkg)));
    assertThat(hits).as("the count still finds the catalog package's known ones").containsKey("dev.stackgen.catalog");
  }
}
