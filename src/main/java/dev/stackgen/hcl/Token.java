package dev.stackgen.hcl;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One lexical token with the exact whitespace that precedes it, so that concatenating {@code
 * before + text} of all tokens reproduces the source.
 *
 * <p>A token the lexer makes holds offsets into the source, not copies of it: its {@link #text()} is
 * taken from the source the first time it is asked for, and {@link #before()} every time (rarely
 * asked for; {@link Tokens} prints spans straight from the source). A file's tokens then cost one
 * small object each instead of an object and two strings (issue 23). It was a record; accessors,
 * {@code equals}, {@code hashCode} and {@code toString} are the record's.
 */
public final class Token {
  private final TokenType type;
  private final int line;
  private final int column;
  private final int offset;
  /** The text {@link #before()} and {@link #text()} are taken from. */
  final String src;
  /** Index in {@link #src} where {@link #before()} starts. */
  final int beforeStart;
  /** Index in {@link #src} where {@link #text()} starts ({@link #offset} for the lexer's tokens). */
  final int textStart;
  /** Index in {@link #src} just after {@link #text()}. */
  final int textEnd;
  private String text;

  /**
   * A token of the given text and leading whitespace.
   *
   * @param type token kind
   * @param text exact source text of the token
   * @param line 1-based line of the token's first character
   * @param column 1-based column (in characters) of the token's first character
   * @param offset index of the token's first character in the source string
   * @param before exact source text between the previous token and this one (spaces, tabs, BOM)
   */
  public Token(TokenType type, String text, int line, int column, int offset, String before) {
    this.type = Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(before, "before");
    this.line = line;
    this.column = column;
    this.offset = offset;
    this.src = before.isEmpty() ? text : before + text;
    this.beforeStart = 0;
    this.textStart = before.length();
    this.textEnd = src.length();
    this.text = text;
  }

  /** A token of the lexer: {@code source[beforeStart, offset)} before it, {@code [offset, end)} its text. */
  Token(TokenType type, String source, int beforeStart, int offset, int end, int line, int column) {
    this.type = type;
    this.line = line;
    this.column = column;
    this.offset = offset;
    this.src = source;
    this.beforeStart = beforeStart;
    this.textStart = offset;
    this.textEnd = end;
  }

  /** Token kind. */
  public TokenType type() {
    return type;
  }

  /** Exact source text of the token. */
  public String text() {
    String t = text;
    if (t == null) {
      t = src.substring(textStart, textEnd);
      text = t; // racy but safe: every thread computes the same immutable string
    }
    return t;
  }

  /** 1-based line of the token's first character. */
  public int line() {
    return line;
  }

  /** 1-based column (in characters) of the token's first character. */
  public int column() {
    return column;
  }

  /** Index of the token's first character in the source string. */
  public int offset() {
    return offset;
  }

  /** Exact source text between the previous token and this one (spaces, tabs, BOM). */
  public String before() {
    return src.substring(beforeStart, textStart);
  }

  /** {@code text().isBlank()}, without taking the text. */
  public boolean isBlank() {
    for (int k = textStart; k < textEnd; k++) {
      if (!Character.isWhitespace(src.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** Number of characters of {@link #text()}. */
  public int length() {
    return textEnd - textStart;
  }

  /** Index just after the token's last character. */
  public int end() {
    return offset + (textEnd - textStart);
  }

  /** Number of bytes of whitespace before the token, as hclwrite's SpacesBefore counts them. */
  public int spacesBefore() {
    for (int k = beforeStart; k < textStart; k++) {
      if (src.charAt(k) >= 0x80) {
        return before().getBytes(StandardCharsets.UTF_8).length;
      }
    }
    return textStart - beforeStart;
  }

  /** True when the token ends a line: a newline or a single-line comment including its newline. */
  public boolean endsLine() {
    return type == TokenType.NEWLINE
        || (type == TokenType.COMMENT && textEnd > textStart && src.charAt(textEnd - 1) == '\n');
  }

  /** Appends {@link #before()} and {@link #text()}. */
  void printTo(StringBuilder sb) {
    sb.append(src, beforeStart, textEnd);
  }

  /** Appends {@link #text()}. */
  void textTo(StringBuilder sb) {
    sb.append(src, textStart, textEnd);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Token t
        && type == t.type
        && line == t.line
        && column == t.column
        && offset == t.offset
        && text().equals(t.text())
        && before().equals(t.before());
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, text(), line, column, offset, before());
  }

  @Override
  public String toString() {
    return "Token[type=" + type + ", text=" + text() + ", line=" + line + ", column=" + column
        + ", offset=" + offset + ", before=" + before() + "]";
  }
}
