package dev.stackgen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.catalog.CatalogReader;
import dev.stackgen.catalog.CatalogWriter;
import dev.stackgen.model.Catalog;
import dev.stackgen.model.PostfixOverlay;
import dev.stackgen.model.StackFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The overlay importer returns model values, not catalog text: the {@code file} block as a {@link StackFile}
 * (the overlay a {@link PostfixOverlay}, each main.cf line typed or kept with its own spelling), which the
 * catalog writer prints ({@link CatalogWriter#fileBlock}, the one place import makes such text) and the
 * catalog reads back to an overlay with the same main.cf.
 */
class OverlayImporterModelTest {
  private static final String TF = """
      # The overlay.
      variable "postfix_cf" {
        type    = string
        default = <<EOT
      # Limits
      message_size_limit = 52428800
      smtpd_use_tls=yes
      smtpd_helo_restrictions = permit_mynetworks,
          reject_invalid_helo_hostname

      relayhost = [smtp.example.net]:587
      EOT
      }

      variable "hostname" {
        type = string
      }
      """;

  @Test
  void theImporterReadsAFileBlockAsModelValuesThatTheWriterPrints() throws Exception {
    OverlayImporter.FileResult r = new OverlayImporter(List.of(TF)).read("variables.tf", TF, 0).orElseThrow();
    StackFile file = r.file();
    assertThat(file).isNotNull();
    assertThat(file.items()).hasSize(2);
    PostfixOverlay o = file.items().get(0).overlay();
    assertThat(o.leading().lines()).containsExactly("# The overlay.");
    assertThat(o.entries()).extracting(PostfixOverlay.Entry::name).containsExactly(null, "message_size_limit",
        "smtpd_use_tls", "smtpd_helo_restrictions", null, "relayhost");
    assertThat(o.entries().get(1).spelling()).isNull(); // typed: name = "value" renders it
    assertThat(o.entries().get(2).spelling()).isEqualTo("smtpd_use_tls=yes"); // kept as written
    assertThat(o.entries().get(3).value()).isEqualTo("permit_mynetworks,\nreject_invalid_helo_hostname\n");
    assertThat(file.items().get(1).verbatim().text()).startsWith("variable \"hostname\"");

    String block = CatalogWriter.fileBlock(file);
    assertThat(block).contains("message_size_limit = \"52428800\"", "line \"smtpd_use_tls=yes\" {}",
        "smtpd_helo_restrictions = <<-EOT");
    Catalog back = CatalogReader.parse(List.of(new CatalogReader.Source(CatalogReader.MAIN_FILE,
        "root {\n  tiers = { edge = \"3-edge\" }\n}\n\nstack \"mail\" {\n  tier = \"edge\"\n" + block + "}\n")), Set
            .of(CatalogReader.POSTFIX_CHECK));
    PostfixOverlay read = back.stack("mail").orElseThrow().overlays().get(0);
    assertThat(read.text().text()).isEqualTo(o.text().text());
    assertThat(read.text().text()).isEqualTo("""
        # Limits
        message_size_limit = 52428800
        smtpd_use_tls=yes
        smtpd_helo_restrictions = permit_mynetworks,
            reject_invalid_helo_hostname

        relayhost = [smtp.example.net]:587
        """);
  }

  /** The importer builds no catalog text of its own (it used to print the file and overlay blocks). */
  @Test
  void theOverlayImporterWritesNoCatalogText() throws Exception {
    String source = Files.readString(Path.of("src/main/java/dev/stackgen/importer/OverlayImporter.java"));
    assertThat(source).doesNotContain("StringBuilder out", "\" {\\n\"", "append(Name.");
  }
}
