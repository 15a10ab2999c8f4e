package dev.stackgen.model;

import java.util.Objects;

/** An attribute {@code name = expression} with the comments above it and on its line. */
public record Attr(String name, Expr value, Trivia leading, String trailingComment, SourceRef source) {
  public Attr {
    Names.requireIdentifier(name, "attribute name");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(leading, "leading");
    trailingComment = trailingComment == null ? "" : trailingComment;
    Objects.requireNonNull(source, "source");
  }

  public static Attr of(String name, Expr value) {
    return new Attr(name, value, Trivia.NONE, "", SourceRef.NONE);
  }
}
