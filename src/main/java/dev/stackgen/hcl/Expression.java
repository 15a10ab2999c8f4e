package dev.stackgen.hcl;

import java.util.List;
import java.util.Objects;

/**
 * An unevaluated expression carried as its exact tokens, with the name of the file it came from
 * (for error messages).
 */
public record Expression(List<Token> tokens, String fileName) {
  public Expression {
    Objects.requireNonNull(fileName, "fileName");
    tokens = TokenList.of(tokens);
    Tokens.first(tokens);
  }

  /** Exact source from the first to the last token, inner comments, newlines and heredocs included. */
  public String text() {
    return Tokens.text(tokens);
  }

  public int line() {
    return tokens.get(0).line();
  }

  public int column() {
    return tokens.get(0).column();
  }
}
