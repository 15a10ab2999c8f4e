package dev.stackgen.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code variable "<name>"} declaration of a module-wrapper {@code main.tf}: its attributes in
 * catalog order ({@code type}, {@code default}, {@code description}, {@code sensitive}, ...), nested
 * blocks such as {@code validation}, whether it is written on one line, and its comments (above it,
 * after its opening brace, after its closing brace, before its closing brace).
 */
public record Variable(
    String name,
    List<Attr> attributes,
    List<Verbatim> blocks,
    boolean oneLine,
    Trivia leading,
    String openComment,
    String trailingComment,
    Trivia closing,
    SourceRef source) {
  public Variable {
    Names.requireIdentifier(name, "variable name");
    attributes = List.copyOf(attributes);
    blocks = List.copyOf(blocks);
    Objects.requireNonNull(leading, "leading");
    openComment = openComment == null ? "" : openComment;
    trailingComment = trailingComment == null ? "" : trailingComment;
    Objects.requireNonNull(closing, "closing");
    Objects.requireNonNull(source, "source");
    if (oneLine && (attributes.size() + blocks.size() > 1 || !blocks.isEmpty() || !closing.isEmpty()
        || !openComment.isEmpty()
        || attributes.stream().anyMatch(a -> !a.leading().isEmpty() || !a.trailingComment().isEmpty()
            || a.value().text().indexOf('\n') >= 0))) {
      throw new IllegalArgumentException(
          "a one-line variable block holds at most one one-line attribute without comments: " + name);
    }
    for (int i = 0; i < attributes.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (attributes.get(i).name().equals(attributes.get(j).name())) {
          throw new IllegalArgumentException(
              "attribute given twice in variable " + name + ": " + attributes.get(i).name());
        }
      }
    }
  }

  /** {@code variable "<name>" { type = string }}, the form derived for each {@code var.<name>} used. */
  public static Variable string(String name) {
    return new Variable(name, List.of(Attr.of(CatalogNames.TYPE, new Expr("string"))), List.of(), true,
        Trivia.NONE, "", "", Trivia.NONE, SourceRef.NONE);
  }

  /** A multi-line declaration with the given attributes and no comments. */
  public static Variable of(String name, List<Attr> attributes) {
    return new Variable(name, attributes, List.of(), false, Trivia.NONE, "", "", Trivia.NONE, SourceRef.NONE);
  }

  public Optional<Expr> type() {
    return attribute(CatalogNames.TYPE);
  }

  public Optional<Expr> defaultValue() {
    return attribute(CatalogNames.DEFAULT);
  }

  public Optional<Expr> description() {
    return attribute(CatalogNames.DESCRIPTION);
  }

  public boolean sensitive() {
    return attribute(CatalogNames.SENSITIVE).map(e -> e.text().strip().equals("true")).orElse(false);
  }

  public Optional<Expr> attribute(String attributeName) {
    return attributes.stream().filter(a -> a.name().equals(attributeName)).map(Attr::value).findFirst();
  }
}
