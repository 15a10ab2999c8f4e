package dev.stackgen.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/catalog.md's reference tables are exactly what {@link SchemaDocs} prints from the schema;
 * {@code -Dstackgen.updateGolden=true} rewrites them.
 */
class SchemaDocsTest {
  private static final Path DOC = Path.of("docs/catalog.md");

  @Test
  void catalogDocTablesAreTheSchema() throws Exception {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    int begin = doc.indexOf(SchemaDocs.BEGIN);
    int end = doc.indexOf(SchemaDocs.END);
    assertThat(begin).as("docs/catalog.md has the schema tables markers").isNotNegative();
    assertThat(end).isGreaterThan(begin);
    String expected = doc.substring(0, begin + SchemaDocs.BEGIN.length()) + "\n\n" + SchemaDocs.markdown()
        + doc.substring(end);
    if (Boolean.getBoolean("stackgen.updateGolden")) {
      Files.writeString(DOC, expected, StandardCharsets.UTF_8);
      doc = expected;
    }
    assertThat(doc).as("docs/catalog.md (rerun with -Dstackgen.updateGolden=true)").isEqualTo(expected);
  }

  @Test
  void everyBlockAndAttributeOfTheSchemaIsDocumented() {
    String tables = SchemaDocs.markdown();
    for (Schema.Block b : CatalogSchema.FILE.descendants()) {
      for (String a : b.attrs().keySet()) {
        assertThat(tables).contains("| `" + a + "` |");
      }
    }
    for (Schema.Block b : TerragruntSchema.UNIT.descendants()) {
      assertThat(b.doc()).as(b.name()).isNotBlank();
      b.attrs().values().forEach(a -> assertThat(a.doc()).as(b.name() + "." + a.name()).isNotBlank());
    }
  }
}
