package dev.stackgen.hcl;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code type label... { body }}, multi-line or on one line, with the comments found after its
 * opening brace and after its closing brace.
 */
public record Block(
    String type,
    List<Label> labels,
    Body body,
    boolean oneLine,
    Optional<Comment> openComment,
    Optional<Comment> trailingComment,
    List<Token> tokens)
    implements
      Node {
  public Block {
    Objects.requireNonNull(type, "type");
    labels = List.copyOf(labels);
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(openComment, "openComment");
    Objects.requireNonNull(trailingComment, "trailingComment");
    tokens = TokenList.of(tokens);
    Tokens.first(tokens);
  }
}
