package dev.stackgen.render;

import dev.stackgen.model.Settings;
import java.util.List;

/**
 * The view behind {@code stack-main.tf.ftl}: the blocks of a module-wrapper {@code main.tf} in
 * file order. Lines are whole lines (comments, blank lines, {@code name = value}); the formatter
 * indents and aligns them. {@code footer}: the lines after the module call. {@code stack} and
 * {@code settings} are the stack and the catalog's settings.
 */
public record MainFileView(
    List<String> preamble,
    List<BlockView> variables,
    List<BlockView> vaultSources,
    BlockView locals,
    BlockView module,
    List<String> footer,
    StackInfo stack,
    Settings settings) {
  public MainFileView {
    preamble = List.copyOf(preamble);
    footer = List.copyOf(footer);
    variables = List.copyOf(variables);
    vaultSources = List.copyOf(vaultSources);
  }

  /**
   * One block: the lines above it, its opening line without the brace ({@code variable "x"}), and
   * either its one-line body ({@code inline}, e.g. {@code " type = string "} or {@code ""}) or its
   * body lines; {@code trailing} is a comment after the closing brace, {@code open} one after the
   * opening brace (each with its leading space, or empty).
   */
  public record BlockView(
      List<String> leading, String opening, String open, String inline, List<String> lines, String trailing) {
    public BlockView {
      leading = List.copyOf(leading);
      lines = List.copyOf(lines);
    }

    public boolean oneLine() {
      return inline != null;
    }
  }
}
