package dev.stackgen.model;

import java.util.List;
import java.util.Objects;

/**
 * How a {@code stackgen} block was written where its {@link Settings} cannot show it, kept so that the
 * catalog can be written back as it was read; nothing renders from it. {@code attrs} are the block's
 * attributes as written (their order, comments, a value at its default, how a list or map was laid
 * out), {@code oneLine} whether the block was written on one line, the comments after its opening and
 * closing brace and the lines before its closing brace. It applies while the settings are still
 * {@code asRead}; settings changed since are written in the canonical form.
 */
public record SettingsSyntax(List<Attr> attrs, boolean oneLine, String openComment, String trailingComment,
    Trivia closing, Settings asRead) {
  public SettingsSyntax {
    attrs = List.copyOf(attrs);
    openComment = openComment == null ? "" : openComment;
    trailingComment = trailingComment == null ? "" : trailingComment;
    Objects.requireNonNull(closing, "closing");
    Objects.requireNonNull(asRead, "asRead");
  }
}
