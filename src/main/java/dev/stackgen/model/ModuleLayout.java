package dev.stackgen.model;

import java.util.Objects;

/**
 * How a module-wrapper main.tf is laid out where the catalog's nesting cannot show it: blank lines
 * between blocks exactly as written (else one blank line between blocks, none between one-line
 * variables), the comment and blank lines directly above the module call (null: the default single
 * blank line), a comment after the call's closing brace (written after the catalog's module block),
 * and the lines after the call to the end of the file.
 */
public record ModuleLayout(boolean blankLinesAsWritten, Trivia beforeCall, String callTrailingComment,
    Trivia footer) {
  /** One blank line between blocks, nothing after the call. */
  public static final ModuleLayout DEFAULT = new ModuleLayout(false, null, "", Trivia.NONE);

  public ModuleLayout {
    callTrailingComment = callTrailingComment == null ? "" : callTrailingComment;
    Objects.requireNonNull(footer, "footer");
  }
}
