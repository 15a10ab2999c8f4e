package dev.stackgen.hcl;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One lexical token with the exact whitespace that precedes it, so that concatenating {@code
 * before + text} of all tokens reproduces the source.
 *
 * @param type token kind
 * @param text exact source text of the token
 * @param line 1-based line of the token's first character
 * @param column 1-based column (in characters) of the token's first character
 * @param offset index of the token's first character in the source string
 * @param before exact source text between the previous token and this one (spaces, tabs, BOM)
 */
public record Token(TokenType type, String text, int line, int column, int offset, String before) {
  public Token {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(before, "before");
  }

  /** Index just after the token's last character. */
  public int end() {
    return offset + text.length();
  }

  /** Number of bytes of whitespace before the token, as hclwrite's SpacesBefore counts them. */
  public int spacesBefore() {
    return before.getBytes(StandardCharsets.UTF_8).length;
  }

  /** True when the token ends a line: a newline or a single-line comment including its newline. */
  public boolean endsLine() {
    return type == TokenType.NEWLINE || (type == TokenType.COMMENT && text.endsWith("\n"));
  }
}
