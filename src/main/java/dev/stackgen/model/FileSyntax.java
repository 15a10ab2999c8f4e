package dev.stackgen.model;

import java.util.List;
import java.util.Objects;

/**
 * How a stack's {@code file "<path>"} block was written where its {@link StackFile} cannot show it, kept so
 * that the catalog can be written back as it was read; nothing renders from it: the lines above the block,
 * the comments after its opening and closing brace, and how each of its postfix overlays was written
 * ({@link OverlaySyntax}, found by variable name).
 */
public record FileSyntax(String path, Trivia leading, String openComment, String trailingComment,
    List<OverlaySyntax> overlays) {
  public FileSyntax {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(leading, "leading");
    openComment = openComment == null ? "" : openComment;
    trailingComment = trailingComment == null ? "" : trailingComment;
    overlays = List.copyOf(overlays);
  }

  /** How the overlay for {@code variable} in this block was written, or null. */
  public OverlaySyntax overlay(String variable) {
    for (OverlaySyntax o : overlays) {
      if (o.asRead().variable().equals(variable)) {
        return o;
      }
    }
    return null;
  }
}
