package dev.stackgen.model;

import java.util.Objects;

/**
 * A tier: its key in {@code root.tiers} and the value it maps to (e.g. {@code edge = "3-edge"}),
 * with the comment lines above it and, for the last tier, those below it.
 */
public record Tier(String name, Expr value, Trivia leading, String trailingComment, Trivia after) {
  public Tier {
    Names.requireIdentifier(name, "tier name");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(leading, "leading");
    trailingComment = trailingComment == null ? "" : trailingComment;
    Objects.requireNonNull(after, "after");
  }

  public Tier(String name, Expr value, Trivia leading, String trailingComment) {
    this(name, value, leading, trailingComment, Trivia.NONE);
  }

  public static Tier of(String name, String value) {
    return new Tier(name, Expr.string(value), Trivia.NONE, "");
  }
}
