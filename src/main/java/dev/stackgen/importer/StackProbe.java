package dev.stackgen.importer;

import dev.stackgen.catalog.CatalogSchema.Name;
import dev.stackgen.catalog.CatalogException;
import dev.stackgen.catalog.CatalogReader;
import dev.stackgen.catalog.StackBlocks;
import dev.stackgen.hcl.HclFormatter;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.model.Catalog;
import dev.stackgen.model.Declarations;
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
 * Renders one candidate stack on its own and compares a file with what is on disk: how each file
 * reader decides whether its candidate reproduces the file exactly. A stack file's candidate is a model
 * value ({@link StackFileReader}), rendered as it is; module, file and postfix_overlay blocks are still
 * catalog text, made values by {@link #stackOfCatalogText}, the one adapter.
 */
final class StackProbe {
  private final Renderer renderer;
  private final Settings settings;
  private final Declarations rootDeclared;

  /**
   * @param rootDeclared what the root's generate blocks write into every stack
   */
  StackProbe(Renderer renderer, Settings settings, Declarations rootDeclared) {
    this.renderer = renderer;
    this.settings = settings;
    this.rootDeclared = rootDeclared;
  }

  /** What the root's generate blocks write into every stack. */
  Declarations rootDeclared() {
    return rootDeclared;
  }

  /** A probe's rendered file, or why the candidate is not a valid stack. */
  record Rendering(String content, String error) {}

  /** True when a stack holding {@code items} (catalog text) renders {@code path} as {@code expected}. */
  boolean renders(String name, String tier, String items, String path, String expected) {
    return expected.equals(render(name, tier, items, path).content());
  }

  /** True when the whole stack block renders {@code path} as {@code expected}. */
  boolean rendered(String stackBlock, String path, String expected) {
    return expected.equals(render(stackBlock, path).content());
  }

  /** What a stack holding {@code items} (catalog text) renders at {@code path}. */
  Rendering render(String name, String tier, String items, String path) {
    return render(name, tier, items, path, Declarations.NONE);
  }

  /**
   * What a stack holding {@code items} (catalog text) renders at {@code path}, when the stack's own
   * generate blocks (not among the items) declare {@code stackDeclared}.
   */
  Rendering render(String name, String tier, String items, String path, Declarations stackDeclared) {
    return render(Name.STACK + " " + ImportText.quoted(name) + " {\n" + Name.TIER + " = " + ImportText.quoted(tier)
        + "\n" + items
        + "}\n", path, stackDeclared);
  }

  /** What the whole stack block renders at {@code path}. */
  Rendering render(String stackBlock, String path) {
    return render(stackBlock, path, Declarations.NONE);
  }

  private Rendering render(String stackBlock, String path, Declarations stackDeclared) {
    Stack stack;
    try {
      stack = stackOfCatalogText(stackBlock, rootDeclared.plus(stackDeclared));
    } catch (CatalogException e) {
      return new Rendering(null, e.reason());
    } catch (HclSyntaxException | IllegalArgumentException e) {
      return new Rendering(null, e.getMessage());
    }
    return render(stack, path);
  }

  /** True when {@code stack} (a model value) renders {@code path} as {@code expected}. */
  boolean rendered(Stack stack, String path, String expected) {
    return expected.equals(render(stack, path).content());
  }

  /** What {@code stack} (a model value) renders at {@code path}, on its own under a root of its tier. */
  Rendering render(Stack stack, String path) {
    try {
      Root root = Root.custom(List.of(Tier.of(stack.tier(), stack.tier())), List.of(Verbatim.of("x = 1")),
          Trivia.NONE, Trivia.NONE, SourceRef.NONE);
      Catalog one = new Catalog(settings, root, Defaults.NONE, List.of(stack));
      return renderer.renderStack(one, stack).stream().filter(f -> f.path().equals(path)).findFirst()
          .map(f -> new Rendering(f.content(), null))
          .orElse(new Rendering(null, "renders no " + path));
    } catch (RenderException | IllegalArgumentException e) {
      return new Rendering(null, e.getMessage());
    }
  }

  /**
   * The adapter from catalog text import still builds to model values, and the one place import reads
   * catalog text of its own: a {@code stack} block (formatted here) holding module blocks
   * ({@link MainFileReader}) and {@code file}/{@code postfix_overlay} blocks ({@link OverlayImporter}),
   * whose readers return text. Stack files ({@link StackFileReader}) are model values and do not come
   * through here except for those blocks.
   *
   * @param declared what generate blocks (the root's, the stack's) write into the stack
   */
  static Stack stackOfCatalogText(String stackBlock, Declarations declared)
      throws CatalogException, HclSyntaxException {
    return StackBlocks.read(HclFormatter.format(stackBlock, CatalogReader.MAIN_FILE), declared).get(0);
  }
}
