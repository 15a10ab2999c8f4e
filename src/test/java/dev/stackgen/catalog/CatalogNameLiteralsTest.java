package dev.stackgen.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The catalog package spells no catalog name outside the schema: the readers bind the schema's names
 * ({@link CatalogSchema.Name}) instead of writing {@code "tier"} or {@code "module"} again. A catalog
 * name is the name of any block or attribute {@link CatalogSchema#FILE} declares; a string literal
 * equal to one, in code (comments left out) of {@code src/main/java/dev/stackgen/catalog} other than
 * the schema classes, counts. The names are spelled in {@code dev.stackgen.model.CatalogNames} (the model's
 * floor, so the model uses them too), which does not count; nor does the message of
 * {@code requireNonNull(file, "file")}, which names the Java parameter beside it.
 *
 * <p>The few left are the same word meaning something else: Terraform's blocks in generated HCL
 * ({@link Declared}: {@code variable}, {@code locals}, {@code data}), a reference's root
 * ({@code data.}), the {@code tiers} local every stack folder has, Terragrunt's include {@code path},
 * and prose.
 */
class CatalogNameLiteralsTest {
  private static final Path CATALOG = Path.of("src/main/java/dev/stackgen/catalog");
  private static final Set<String> SCHEMA_FILES = Set.of("CatalogSchema.java", "TerragruntSchema.java",
      "Schema.java", "CatalogNames.java");
  private static final Pattern LITERAL = Pattern.compile("\"([A-Za-z_]+)\"");
  /** {@code requireNonNull(file, "file")}: the literal names the Java parameter beside it, not a catalog name. */
  private static final Pattern PARAMETER_NAME = Pattern.compile("requireNonNull\\((\\w+), \"\\1\"\\)");
  /**
   * At most this many: 8 when the readers moved onto the binder (124 before, on the same count), 7 once the
   * reference check read config_path through the schema's name.
   */
  private static final int CEILING = 7;

  static Set<String> catalogNames() {
    Set<String> names = new TreeSet<>();
    for (Schema.Block b : CatalogSchema.FILE.descendants()) {
      if (b != CatalogSchema.FILE) {
        names.add(b.name());
      }
      names.addAll(b.attrs().keySet());
    }
    return names;
  }

  static List<String> literals(Path dir, Set<String> names) throws IOException {
    List<String> hits = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        if (SCHEMA_FILES.contains(f.getFileName().toString())) {
          continue;
        }
        List<String> lines = Files.readAllLines(f);
        for (int i = 0; i < lines.size(); i++) {
          String code = lines.get(i).strip();
          if (code.startsWith("*") || code.startsWith("/*") || code.startsWith("//")) {
            continue;
          }
          Matcher m = LITERAL.matcher(PARAMETER_NAME.matcher(code).replaceAll("requireNonNull($1)"));
          while (m.find()) {
            if (names.contains(m.group(1))) {
              hits.add(f.getFileName() + ":" + (i + 1) + ": \"" + m.group(1) + "\"");
            }
          }
        }
      }
    }
    return hits;
  }

  @Test
  void theSchemaDeclaresTheNamesTheReadersBind() {
    Set<String> names = catalogNames();
    assertThat(names).contains(CatalogSchema.Name.TIER, CatalogSchema.Name.AFTER_MODULE,
        CatalogSchema.Name.HEREDOC_CLOSE_INDENT, CatalogSchema.Name.NO_DOT_TERRAGRUNT_STACK);
    assertThat(names).hasSizeGreaterThan(70);
  }

  @Test
  void everyNameTheHolderSpellsIsOneTheSchemaDeclares() throws IllegalAccessException {
    Set<String> names = catalogNames();
    List<String> held = new ArrayList<>();
    for (java.lang.reflect.Field f : dev.stackgen.model.CatalogNames.class.getFields()) {
      held.add((String) f.get(null));
    }
    assertThat(held).as("CatalogNames' constants").hasSizeGreaterThan(60).doesNotHaveDuplicates();
    assertThat(names).as("the schema declares every name CatalogNames spells").containsAll(held);
    assertThat(CatalogSchema.Name.TIER).isSameAs(dev.stackgen.model.CatalogNames.TIER);
  }

  @Test
  void theCatalogPackageSpellsAtMostTheFewNamesThatMeanSomethingElse() throws IOException {
    List<String> hits = literals(CATALOG, catalogNames());
    assertThat(hits).as("catalog names spelled as literals outside the schema (use CatalogSchema.Name):\n"
        + String.join("\n", hits)).hasSizeLessThanOrEqualTo(CEILING);
    assertThat(hits).as("the count found the known ones, so it still looks where it should")
        .contains("Declared.java:30: \"variable\"");
  }
}
