package dev.stackgen.render;

import dev.stackgen.model.Settings;
import java.util.List;

/**
 * The view behind {@code stack-main.tf.ftl}: the blocks of a module-wrapper {@code main.tf} in
 * file order ({@code blocks}; {@code variables}, {@code vaultSources}, {@code locals} and
 * {@code module} are the same blocks by kind). Lines are whole lines (comments, blank lines,
 * {@code name = value}); the formatter indents and aligns them. {@code footer}: the lines after the
 * last block. {@code stack} and {@code settings} are the stack and the catalog's settings.
 */
public record MainFileView(
    List<String> preamble,
    List<BlockView> variables,
    List<BlockView> vaultSources,
    BlockView locals,
    BlockView module,
    List<BlockView> blocks,
    List<String> footer,
    StackInfo stack,
    Settings settings) {
  public MainFileView {
    preamble = List.copyOf(preamble);
    footer = List.copyOf(footer);
    variables = List.copyOf(variables);
    vaultSources = List.copyOf(vaultSources);
    blocks = List.copyOf(blocks);
  }

  /**
   * One block: its {@code kind} ({@code variable}, {@code vault}, {@code locals}, {@code module}, or
   * {@code verbatim} for a block copied as written, whose whole text is {@code text}), the lines
   * above it, its opening line without the brace ({@code variable "x"}), and either its one-line
   * body ({@code inline}, e.g. {@code " type = string "} or {@code ""}) or its body lines;
   * {@code trailing} is a comment after the closing brace, {@code open} one after the opening brace
   * (each with its leading space, or empty).
   */
  public record BlockView(String kind, List<String> leading, String opening, String open, String inline,
      List<String> lines, String trailing, String text) {
    public BlockView {
      leading = List.copyOf(leading);
      lines = List.copyOf(lines);
    }

    /**
     * A typed block. Not public: FreeMarker introspects a view's public constructors, and two of them
     * make it load its overloaded-method machinery (~15 classes) on every render.
     */
    BlockView(String kind, List<String> leading, String opening, String open, String inline,
        List<String> lines, String trailing) {
      this(kind, leading, opening, open, inline, lines, trailing, null);
    }

    /** A block copied as written. */
    static BlockView verbatim(List<String> leading, String text) {
      return new BlockView("verbatim", leading, "", "", null, List.of(), "", text);
    }

    /** This block with other lines above it (the body without leading blank lines). */
    BlockView withLeading(List<String> newLeading) {
      int start = 0;
      while (start < lines.size() && lines.get(start).isEmpty()) {
        start++;
      }
      return new BlockView(kind, newLeading, opening, open, inline, lines.subList(start, lines.size()), trailing,
          text);
    }

    public boolean oneLine() {
      return inline != null;
    }

    public boolean verbatim() {
      return text != null;
    }
  }
}
