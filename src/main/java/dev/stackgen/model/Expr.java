package dev.stackgen.model;

import dev.stackgen.hcl.HclEscaper;

/**
 * An HCL expression carried verbatim: its exact source text, comments and heredocs included; read from a
 * catalog, a value over several lines stands at depth 0 as a {@link Verbatim}'s text does (the attribute's
 * own indentation removed from the lines the formatter re-indents).
 */
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

  /**
   * A heredoc whose value is exactly {@code value} (which must end with a line break, or be empty,
   * and hold no lone carriage return); the delimiter never equals one of its lines.
   */
  public static Expr heredoc(String value) {
    if (!value.isEmpty() && !value.endsWith("\n")) {
      throw new IllegalArgumentException("a heredoc value must end with a line break");
    }
    if (value.replace("\r\n", "\n").indexOf('\r') >= 0) {
      throw new IllegalArgumentException("a heredoc cannot hold a lone carriage return; use a quoted string");
    }
    String body = HclEscaper.heredocBody(value);
    String delimiter = HclEscaper.heredocDelimiter(body, "EOT");
    return new Expr("<<" + delimiter + "\n" + body + delimiter);
  }

  public static Expr bool(boolean value) {
    return new Expr(Boolean.toString(value));
  }

  @Override
  public String toString() {
    return text;
  }
}
