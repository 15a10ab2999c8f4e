package dev.stackgen.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.catalog.CatalogReader;
import dev.stackgen.model.Catalog;
import dev.stackgen.testing.Fixtures;
import dev.stackgen.testing.FormatterReady;
import dev.stackgen.testing.HclOracle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Block placement in a module-wrapper main.tf, and canonical output per the official formatter. */
class MainTfTest {
  private static Catalog catalog(String settings, String module) throws Exception {
    return CatalogReader.parse(List.of(new CatalogReader.Source("stackgen.hcl", settings + """
        root {
          tiers = { aux = "4-aux" }
        }

        stack "app" {
          tier = "aux"
        """ + module + "}\n")));
  }

  private static MainFileView view(Catalog c) {
    return Renderer.mainView(c, c.stack("app").orElseThrow().module().orElseThrow());
  }

  @Test
  void oneLineVariablesStayTogetherAndBlocksAreSeparated() throws Exception {
    MainFileView v = view(catalog("", """
          # App
          module "app" {
            variable "c" {
              type = number
            }

            locals {
              l = var.c
            }

            a = var.a
            b = [var.b, data.vault_kv_secret_v2.s.data["k"], local.l]
          }
        """));
    assertThat(v.preamble()).containsExactly(Renderer.HEADER, "", "# App", "");
    assertThat(v.variables()).extracting(MainFileView.BlockView::opening)
        .containsExactly("variable \"a\"", "variable \"b\"", "variable \"c\"");
    assertThat(v.variables()).extracting(MainFileView.BlockView::leading)
        .containsExactly(List.of(), List.of(), List.of(""));
    assertThat(v.variables().get(0).inline()).isEqualTo(" type = string ");
    assertThat(v.vaultSources().get(0).leading()).containsExactly("");
    assertThat(v.vaultSources().get(0).lines()).containsExactly("mount = \"secret\"", "name = \"app\"");
    assertThat(v.locals().leading()).containsExactly("");
    assertThat(v.module().leading()).containsExactly("");
    assertThat(v.module().lines()).containsExactly("source = \"./modules/app\"", "a = var.a",
        "b = [var.b, data.vault_kv_secret_v2.s.data[\"k\"], local.l]", "tier = local.tiers.aux");
  }

  @Test
  void withoutHeaderTheFileStartsWithTheFirstBlock() throws Exception {
    Catalog c = catalog("stackgen {\n  header = false\n}\n", "  module \"app\" {\n\n    a = 1\n  }\n");
    String mainTf = new Renderer(Templates.bundled()).renderStack(c, c.stack("app").orElseThrow()).get(1).content();
    assertThat(mainTf).startsWith("module \"app\" {\n");
    assertThat(mainTf).doesNotContain("Code generated");
  }

  @Test
  void everyGeneratedMainTfIsCanonicalPerTheOfficialFormatter() throws Exception {
    FormatterReady.assume();
    HclOracle.assumeAvailable();
    Map<String, String> mainTfs = new LinkedHashMap<>();
    for (var dir : Fixtures.catalogCases()) {
      Catalog c = CatalogReader.read(dir);
      for (GeneratedFile f : new Renderer(Templates.bundled()).render(c)) {
        if (f.path().endsWith("/main.tf")) {
          mainTfs.put(dir.getFileName() + "/" + f.path(), f.content());
        }
      }
    }
    assertThat(mainTfs).isNotEmpty();
    assertThat(HclOracle.format(mainTfs)).isEqualTo(mainTfs);
  }
}
