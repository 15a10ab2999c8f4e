package dev.stackgen.model;

import java.util.List;
import java.util.Objects;

/**
 * How a {@code postfix_overlay} block was written where its {@link PostfixOverlay} cannot show it, kept so
 * that the catalog can be written back as it was read; nothing renders from it. {@code parts} are the
 * block's body items in the order written, each with how many of the overlay's entries it holds (a
 * parameter's spelling: {@code 52428800} or {@code "0"}, a heredoc, {@code $${...}}; its trailing comment,
 * which main.cf gets as a comment line above it; a {@code //} comment that main.cf gets as {@code #}; the
 * settings and docker-mailserver parts, which hold no entry), {@code leading} the lines above the block
 * (blank lines included), and the block's own comments and layout.
 *
 * <p>It applies while the overlay says what {@code asRead} says apart from its entries ({@link #fits}):
 * then each part is written as it was while its entries are still those read, and entries changed, added
 * or removed since in the canonical form where they are. A changed setting writes the whole overlay in
 * the canonical form. The overlay's value equality ignores this record: two overlays that say the same
 * are equal however they were written.
 */
public record OverlaySyntax(List<Part> parts, boolean oneLine, String openComment, String trailingComment,
    Trivia leading, PostfixOverlay asRead) {

  /** What one body item of the block is. */
  public enum Kind {
    /** An attribute or block, {@code text} as written from its first token to its last (trailing comment included). */
    ITEM,
    /** A comment ({@code text}, one or more lines). */
    COMMENT,
    /** A blank line (no entry when it is one of the blank lines at the overlay's edges, which main.cf does not get). */
    BLANK
  }

  /** One body item: how it was written and how many of the overlay's entries, in order, it holds. */
  public record Part(Kind kind, String text, int entries) {
    public Part {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(text, "text");
      if (entries < 0) {
        throw new IllegalArgumentException("entries must not be negative");
      }
    }
  }

  public OverlaySyntax {
    parts = List.copyOf(parts);
    openComment = openComment == null ? "" : openComment;
    trailingComment = trailingComment == null ? "" : trailingComment;
    Objects.requireNonNull(leading, "leading");
    Objects.requireNonNull(asRead, "asRead");
    int held = parts.stream().mapToInt(Part::entries).sum();
    if (held != asRead.entries().size()) {
      throw new IllegalArgumentException("the parts hold " + held + " entries, the overlay " + asRead.entries()
          .size());
    }
  }

  /**
   * Whether this record still describes {@code o} apart from its entries: the same variable, file,
   * profile, layout, docker-mailserver parts and lines above it as read.
   */
  public boolean fits(PostfixOverlay o) {
    return o.variable().equals(asRead.variable()) && o.file().equals(asRead.file()) && o.profile().equals(
        asRead.profile()) && o.layout().equals(asRead.layout()) && o.dms().equals(asRead.dms()) && o.leading()
            .equals(asRead.leading());
  }
}
