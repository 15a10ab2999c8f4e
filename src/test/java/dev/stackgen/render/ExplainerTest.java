package dev.stackgen.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.Stackgen;
import dev.stackgen.testing.CaseCount;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every line of every owned file maps to the catalog line that made it. */
class ExplainerTest {
  static Stream<String> fixtures() throws Exception {
    try (Stream<Path> dirs = Files.list(Path.of("stacks-fixtures"))) {
      return CaseCount.atLeast(11, "fixture cases in stacks-fixtures/", dirs
          .filter(d -> Files.exists(d.resolve("stackgen.hcl"))).map(d -> d.getFileName().toString())
          .sorted().toList()).stream();
    }
  }

  private static List<String> read(Path p) {
    try {
      return Files.readAllLines(p);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void homelabLinesMapToTheCatalogLineAndTemplateLineThatMadeThem() throws Exception {
    Stackgen sg = Stackgen.open(Path.of("stacks-fixtures/homelab"));
    List<String> catalog = Files.readAllLines(Path.of("stacks-fixtures/homelab/stackgen.hcl"));
    Explainer.Explanation mail = sg.explain("stacks/mailserver/modules/mailserver/variables.tf").orElseThrow();
    Explainer.Origin cache = mail.lines().stream().filter(o -> o.text().equals("postscreen_cache_map ="))
        .findFirst().orElseThrow();
    assertThat(catalog.get(cache.catalogLine() - 1)).contains("postscreen_cache_map = \"\"");
    assertThat(cache.template()).isEqualTo("postfix-variables.tf.ftl");
    // The header line is the template's; the file's stack block made it.
    Explainer.Origin header = mail.line(1).orElseThrow();
    assertThat(header.template()).isEqualTo("postfix-variables.tf.ftl");
    assertThat(catalog.get(header.catalogLine() - 1)).isEqualTo("stack \"mailserver\" {");
    // A dependency's config_path is made by its dependency line (written in the stack or in defaults).
    Explainer.Explanation vault = sg.explain("stacks/vault/terragrunt.hcl").orElseThrow();
    Explainer.Origin path = vault.lines().stream().filter(o -> o.text().contains("\"../nfs-csi\""))
        .findFirst().orElseThrow();
    assertThat(path.literal()).isFalse();
    assertThat(catalog.get(path.catalogLine() - 1)).contains("dependency \"nfs-csi\" {}");
    assertThat(path.template()).isEqualTo("stack-terragrunt.hcl.ftl");
    assertThat(sg.explain("stacks/no-such/terragrunt.hcl")).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void everyLineOfEveryOwnedFileMapsToACatalogLineThatHoldsItsText(String fixture) throws Exception {
    Path repo = Path.of("stacks-fixtures", fixture);
    Stackgen sg = Stackgen.open(repo);
    if (Files.isDirectory(repo.resolve("templates"))) {
      sg = sg.withTemplates(repo.resolve("templates"));
    }
    Map<String, Explainer.Explanation> all = sg.explain();
    assertThat(all.keySet()).containsExactlyInAnyOrderElementsOf(
        sg.render().stream().map(GeneratedFile::path).toList());
    List<String> wrong = new ArrayList<>();
    Map<Path, List<String>> catalogs = new java.util.HashMap<>();
    int literal = 0;
    for (Explainer.Explanation e : all.values()) {
      List<String> file = Files.readAllLines(repo.resolve(e.path()));
      assertThat(e.lines()).hasSize(file.size());
      for (Explainer.Origin o : e.lines()) {
        assertThat(o.text()).isEqualTo(file.get(o.line() - 1));
        Path catalogFile = repo.resolve(o.catalogFile());
        if (!Files.isRegularFile(catalogFile)) {
          wrong.add(e.path() + ":" + o.line() + " -> " + o.catalog() + " (no such catalog file)");
          continue;
        }
        List<String> catalog = catalogs.computeIfAbsent(catalogFile, ExplainerTest::read);
        if (o.catalogLine() < 1 || o.catalogLine() > catalog.size()) {
          wrong.add(e.path() + ":" + o.line() + " -> " + o.catalog() + " (no such line)");
          continue;
        }
        if (o.literal()) {
          literal++;
          String source = Explainer.squeeze(catalog.get(o.catalogLine() - 1));
          if (!source.contains(Explainer.squeeze(o.text()))) {
            wrong.add(e.path() + ":" + o.line() + " " + o.text() + " -> " + o.catalog() + " "
                + catalog.get(o.catalogLine() - 1));
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(literal).isPositive();
  }
}
