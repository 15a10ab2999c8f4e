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
    tokens = TokenList.of(tokens);
    Tokens.first(tokens);
  }

  /** Raw comment text without the terminating newline, e.g. {@code # x} or {@code /* a *&#47;}. */
  public String text() {
    String raw;
    if (tokens.get(tokens.size() - 1).type() == TokenType.COMMENT) {
      raw = Tokens.text(tokens); // comments only, the usual case: no filtering
    } else {
      List<Token> comments = new java.util.ArrayList<>(tokens.size());
      for (Token t : tokens) {
        if (t.type() == TokenType.COMMENT) {
          comments.add(t);
        }
      }
      raw = Tokens.text(comments);
    }
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
