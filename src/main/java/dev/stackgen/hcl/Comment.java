package dev.stackgen.hcl;

import java.util.List;

/** A comment: standalone on its own line, trailing after an item, or after a block's opening brace. */
public record Comment(List<Token> tokens) implements Node {
  /** Comment syntax. */
  public enum Style {
    HASH,
    DOUBLE_SLASH,
    BLOCK
  }

  public Comment {
    tokens = List.copyOf(tokens);
    Tokens.first(tokens);
  }

  /** Raw comment text without the terminating newline, e.g. {@code # x} or {@code /* a *&#47;}. */
  public String text() {
    List<Token> comments = tokens.stream().filter(t -> t.type() == TokenType.COMMENT).toList();
    String raw = Tokens.text(comments);
    if (raw.endsWith("\r\n")) {
      return raw.substring(0, raw.length() - 2);
    }
    if (raw.endsWith("\n")) {
      return raw.substring(0, raw.length() - 1);
    }
    return raw;
  }

  /** Style of the first comment token. */
  public Style style() {
    String t = tokens.get(0).text();
    if (t.startsWith("#")) {
      return Style.HASH;
    }
    return t.startsWith("//") ? Style.DOUBLE_SLASH : Style.BLOCK;
  }
}
