package dev.stackgen.importer;

import dev.stackgen.catalog.CatalogException;
import dev.stackgen.catalog.CatalogReader;
import dev.stackgen.catalog.StackBlocks;
import dev.stackgen.hcl.HclFormatter;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.model.Catalog;
import dev.stackgen.model.Defaults;
import dev.stackgen.model.Root;
import dev.stackgen.model.Settings;
import dev.stackgen.model.SourceRef;
import dev.stackgen.model.Stack;
import dev.stackgen.model.Tier;
import dev.stackgen.model.Trivia;
import dev.stackgen.model.Verbatim;
import dev.stackgen.render.RenderException;
import dev.stackgen.render.Renderer;
import java.util.List;

/**
 * Renders one candidate stack block on its own and compares a file with what is on disk: how each
 * file reader decides whether its catalog text reproduces the file exactly.
 */
final class StackProbe {
  private final Renderer renderer;
  private final Settings settings;
  private final List<Verbatim> rootItems;

  /**
   * @param rootItems the root's items (generate blocks there declare variables in every stack)
   */
  StackProbe(Renderer renderer, Settings settings, List<Verbatim> rootItems) {
    this.renderer = renderer;
    this.settings = settings;
    this.rootItems = rootItems.isEmpty() ? List.of(Verbatim.of("x = 1")) : List.copyOf(rootItems);
  }

  /** True when a stack holding {@code items} (catalog text) renders {@code path} as {@code expected}. */
  boolean renders(String name, String tier, String items, String path, String expected) {
    String block = "stack " + ImportText.quoted(name) + " {\ntier = " + ImportText.quoted(tier) + "\n" + items + "}\n";
    return rendered(block, path, expected);
  }

  /** True when the whole stack block renders {@code path} as {@code expected}. */
  boolean rendered(String stackBlock, String path, String expected) {
    try {
      String text = HclFormatter.format(stackBlock, CatalogReader.MAIN_FILE);
      Stack stack = StackBlocks.read(text).get(0);
      Root root = Root.custom(List.of(Tier.of(stack.tier(), stack.tier())), rootItems, Trivia.NONE, Trivia.NONE,
          SourceRef.NONE);
      Catalog one = new Catalog(settings, root, Defaults.NONE, List.of(stack));
      return renderer.renderStack(one, stack).stream()
          .anyMatch(f -> f.path().equals(path) && f.content().equals(expected));
    } catch (CatalogException | HclSyntaxException | RenderException | IllegalArgumentException e) {
      return false;
    }
  }
}
