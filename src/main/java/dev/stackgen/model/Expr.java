package dev.stackgen.model;

import dev.stackgen.hcl.HclEscaper;

/** An HCL expression carried verbatim: its exact source text, comments and heredocs included. */
public record Expr(String text) {
  public Expr {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("expression text must not be blank");
    }
  }

  /** A quoted HCL string literal whose value is exactly {@code value}. */
  public static Expr string(String value) {
    return new Expr(HclEscaper.quoted(value));
  }

  public static Expr bool(boolean value) {
    return new Expr(Boolean.toString(value));
  }

  @Override
  public String toString() {
    return text;
  }
}
