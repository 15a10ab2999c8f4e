package dev.stackgen.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackgen.catalog.CatalogReader;
import dev.stackgen.model.Catalog;
import dev.stackgen.model.Stack;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RendererTest {
  private static Catalog catalog(int stacks) throws Exception {
    StringBuilder b = new StringBuilder("root {\n  tiers = { core = \"0-core\", apps = \"4-aux\" }\n}\n");
    for (int i = 0; i < stacks; i++) {
      b.append("# Stack ").append(i).append(".\nstack \"s").append(i).append("\" {\n  tier = \"apps\"\n");
      if (i > 0) {
        b.append("  # Why.\n  dependency \"s").append(i / 2).append("\" {}\n");
      }
      b.append("  inputs = {\n    n = ").append(i).append("\n  }\n}\n");
    }
    return CatalogReader.parse(List.of(new CatalogReader.Source("stackgen.hcl", b.toString())));
  }

  @Test
  void largeCatalogsRenderInParallelWithTheSameFilesInCatalogOrder() throws Exception {
    Catalog c = catalog(Renderer.PARALLEL_FROM + 30);
    Renderer r = new Renderer(Templates.bundled()).preload();
    List<GeneratedFile> sequential = new ArrayList<>();
    sequential.add(r.renderRoot(c));
    for (Stack s : c.stacks()) {
      sequential.addAll(r.renderStack(c, s));
    }
    assertThat(r.render(c)).isEqualTo(sequential);
  }

  @Test
  void preloadingTemplatesChangesNoOutput() throws Exception {
    Catalog c = catalog(3);
    assertThat(new Renderer(Templates.bundled()).preload().render(c))
        .isEqualTo(new Renderer(Templates.bundled()).render(c));
  }
}
