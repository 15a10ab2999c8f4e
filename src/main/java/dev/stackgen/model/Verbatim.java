package dev.stackgen.model;

import java.util.Objects;

/**
 * An attribute or block copied as written: {@code inputs}, {@code generate}, {@code locals}, any
 * other Terragrunt block. The text runs from the item's first token to its last, inner comments,
 * heredocs and a trailing comment included; the formatter re-indents it.
 */
public record Verbatim(String text, Trivia leading, SourceRef source) implements StackItem {
  public Verbatim {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("verbatim text must not be blank");
    }
    Objects.requireNonNull(leading, "leading");
    Objects.requireNonNull(source, "source");
  }

  public static Verbatim of(String text) {
    return new Verbatim(text, Trivia.NONE, SourceRef.NONE);
  }

  /** An attribute {@code name = value}. */
  public static Verbatim attribute(String name, Expr value) {
    Names.requireIdentifier(name, "attribute name");
    return of(name + " = " + value.text());
  }
}
