package dev.stackgen.model;

import java.util.List;
import java.util.Objects;

/**
 * A {@code file "<path>" { ... }} block of a stack: a {@code .tf} file written from its items in
 * order, verbatim items and Postfix overlays, blank lines and comments exactly as in the catalog.
 */
public record StackFile(String path, List<Item> items, Trivia footer, SourceRef source) {
  public StackFile {
    Objects.requireNonNull(path, "path");
    items = List.copyOf(items);
    Objects.requireNonNull(footer, "footer");
    Objects.requireNonNull(source, "source");
  }

  /** One item: verbatim text or a Postfix overlay (exactly one of them is set). */
  public record Item(Verbatim verbatim, PostfixOverlay overlay) {
    public Item {
      if ((verbatim == null) == (overlay == null)) {
        throw new IllegalArgumentException("a file item is either verbatim or an overlay");
      }
    }

    public Trivia leading() {
      return verbatim != null ? verbatim.leading() : overlay.leading();
    }
  }
}
