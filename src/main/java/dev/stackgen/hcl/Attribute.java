package dev.stackgen.hcl;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@code name = expression}, with an optional comment after it on the same line. */
public record Attribute(
    String name, Expression expression, Optional<Comment> trailingComment, List<Token> tokens)
    implements
      Node {
  public Attribute {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(expression, "expression");
    Objects.requireNonNull(trailingComment, "trailingComment");
    tokens = TokenList.of(tokens);
    Tokens.first(tokens);
  }
}
