package dev.stackgen.model;

import java.util.Objects;

/**
 * An attribute or block copied as written: {@code inputs}, {@code generate}, {@code locals}, any
 * other Terragrunt block. The text runs from the item's first token to its last, inner comments,
 * heredocs and a trailing comment included, as it stands at depth 0: the catalog reader removes the
 * item's own indentation from the lines the formatter re-indents (those starting after a line break),
 * and keeps the lines it leaves alone (heredoc content, a block comment's later lines) byte for byte.
 * So the same item read from a catalog (inside {@code stack "x" { }}) and from a repository file (at
 * the top level) is one value. The writer prints the text at its indent and the formatter, which owns
 * indentation, re-indents it (catalog and rendered files alike).
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

  /**
   * {@code name} for an attribute, {@code type "label" ...} for a block (labels as written, quoted
   * or not), read from the start of the text.
   */
  @Override
  public String key() {
    int i = 0;
    int n = text.length();
    while (i < n && isNameChar(text.charAt(i))) {
      i++;
    }
    String name = text.substring(0, i);
    StringBuilder key = new StringBuilder(name);
    while (i < n) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t') {
        i++;
      } else if (c == '=' && (i + 1 >= n || text.charAt(i + 1) != '=')) {
        return name;
      } else if (c == '"') {
        int j = i + 1;
        while (j < n && text.charAt(j) != '"' && text.charAt(j) != '\n') {
          j += text.charAt(j) == '\\' ? 2 : 1;
        }
        key.append(' ').append(text, i, Math.min(j + 1, n));
        i = j + 1;
      } else if (isNameChar(c)) {
        int j = i;
        while (j < n && isNameChar(text.charAt(j))) {
          j++;
        }
        key.append(" \"").append(text, i, j).append('"');
        i = j;
      } else {
        break;
      }
    }
    return key.toString();
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-';
  }
}
