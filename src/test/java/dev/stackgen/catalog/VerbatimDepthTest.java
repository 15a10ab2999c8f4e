package dev.stackgen.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.hcl.HclFile;
import dev.stackgen.hcl.HclParser;
import dev.stackgen.hcl.Node;
import dev.stackgen.model.Catalog;
import dev.stackgen.model.Dependency;
import dev.stackgen.model.Include;
import dev.stackgen.model.SourceRef;
import dev.stackgen.model.StackItem;
import dev.stackgen.model.Trivia;
import dev.stackgen.model.Verbatim;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An item copied as written holds its text as it stands at depth 0 (issue 22): the same item read from a
 * catalog, inside {@code stack "x" { }}, and from a repository file at the top level is one value, so an
 * importer can build model values from the file and compare them with what the written catalog reads back.
 */
class VerbatimDepthTest {
  /** A file at depth 0: a block with a heredoc (content and closing marker at column 1) and a block comment. */
  private static final String FILE = """
      inputs = {
        name   = "web"
        script = <<EOF
      echo "not re-indented"
        two spaces stay
      EOF
        /* a block comment
           whose later lines the formatter leaves alone */
        list = [
          1,
        ]
      }
      include "root" {
        path = find_in_parent_folders()
      }
      dependency "db" {
        config_path = "../../other/db"
      }
      """;

  /** The same items inside a stack block: re-indented lines one level deeper, the others byte for byte. */
  private static final String CATALOG = """
      root {
        tiers = { a = "a" }
      }

      stack "web" {
        tier   = "a"
        layout = "exact"
        inputs = {
          name   = "web"
          script = <<EOF
      echo "not re-indented"
        two spaces stay
      EOF
          /* a block comment
           whose later lines the formatter leaves alone */
          list = [
            1,
          ]
        }
        include "root" {
          path = find_in_parent_folders()
        }
        dependency "db" {
          config_path = "../../other/db"
        }
      }
      """;

  @Test
  void anItemReadFromTheCatalogEqualsTheSameItemReadFromAFileAtDepthZero() throws Exception {
    HclFile file = HclParser.parse(FILE, "stacks/web/terragrunt.hcl");
    List<Node> nodes = file.body().nodes();
    Catalog catalog = CatalogReader.parse(List.of(new CatalogReader.Source(CatalogReader.MAIN_FILE, CATALOG)));
    List<StackItem> items = catalog.stack("web").orElseThrow().items();

    Verbatim fromFile = Items.verbatim(file, nodes.get(0), Trivia.NONE);
    Verbatim fromCatalog = (Verbatim) items.get(0);
    assertThat(withoutSource(fromCatalog)).isEqualTo(withoutSource(fromFile));
    assertThat(fromCatalog.text()).as("the text starts at depth 0").startsWith("inputs = {\n  name   = \"web\"\n")
        .endsWith("\n}").contains("\n  /* a block comment\n     whose later lines")
        .contains("<<EOF\necho \"not re-indented\"\n  two spaces stay\nEOF\n");

    assertThat(((Include) items.get(1)).text()).isEqualTo(Items.text(file, nodes.get(1)));
    assertThat(((Dependency) items.get(2)).text()).isEqualTo(Items.text(file, nodes.get(2)))
        .isEqualTo("dependency \"db\" {\n  config_path = \"../../other/db\"\n}");
  }

  @Test
  void theOldConventionTheCatalogsIndentedSourceDiffers() throws Exception {
    // what a Verbatim held before: the exact source from first to last token, indentation included
    int start = CATALOG.indexOf("  inputs = {") + 2;
    String asIndented = CATALOG.substring(start, CATALOG.indexOf("\n  }\n", start) + 3);
    Verbatim read = (Verbatim) CatalogReader.parse(List.of(new CatalogReader.Source(CatalogReader.MAIN_FILE,
        CATALOG))).stack("web").orElseThrow().items().get(0);
    assertThat(asIndented).isNotEqualTo(read.text());
    assertThat(asIndented.replace("\n  ", "\n")).as("only the re-indented lines differ: not a plain dedent")
        .isNotEqualTo(read.text());
  }

  @Test
  void theWriterPrintsTheTextAtItsIndentAndTheCatalogReadsBack() throws Exception {
    Catalog catalog = CatalogReader.parse(List.of(new CatalogReader.Source(CatalogReader.MAIN_FILE, CATALOG)));
    assertThat(CatalogWriter.write(catalog).get(CatalogReader.MAIN_FILE)).isEqualTo(CATALOG);
  }

  private static Verbatim withoutSource(Verbatim v) {
    return new Verbatim(v.text(), v.leading(), SourceRef.NONE);
  }
}
