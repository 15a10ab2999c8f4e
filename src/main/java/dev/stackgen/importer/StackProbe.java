package dev.stackgen.importer;

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
 * reader decides whether its candidate reproduces the file exactly. Every candidate is a model value
 * (stack files: {@link StackFileReader}; module blocks: {@link MainFileReader}; file blocks:
 * {@link OverlayFileReader}), rendered as it is; no catalog text is read back here.
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
}
