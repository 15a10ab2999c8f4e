package dev.stackgen.hcl;

import java.util.List;
import java.util.Objects;

/** A block label: a quoted string (value decoded) or a bare identifier. */
public record Label(String value, boolean quoted, List<Token> tokens) {
  public Label {
    Objects.requireNonNull(value, "value");
    tokens = TokenList.of(tokens);
    Tokens.first(tokens);
  }

  public int line() {
    return tokens.get(0).line();
  }

  public int column() {
    return tokens.get(0).column();
  }
}
