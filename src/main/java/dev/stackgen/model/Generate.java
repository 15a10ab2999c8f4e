package dev.stackgen.model;

import java.util.Objects;

/**
 * A Terragrunt {@code generate "<name>"} block built from Java: the file Terragrunt writes into the
 * stack, and its contents (rendered as a heredoc, escaped so Terragrunt writes them unchanged).
 * Catalog files keep their generate blocks as {@link Verbatim} text.
 */
public record Generate(String name, String path, String ifExists, String contents, Trivia leading, SourceRef source)
    implements
      StackItem {
  public Generate {
    Objects.requireNonNull(name, "name");
    if (path == null || path.isBlank()) {
      throw new IllegalArgumentException("generate \"" + name + "\": path must not be empty");
    }
    Objects.requireNonNull(ifExists, "ifExists");
    if (!java.util.List.of("overwrite", "overwrite_terragrunt", "skip", "error").contains(ifExists)) {
      throw new IllegalArgumentException("generate \"" + name + "\": if_exists must be overwrite,"
          + " overwrite_terragrunt, skip or error, not " + ifExists);
    }
    Objects.requireNonNull(contents, "contents");
    Objects.requireNonNull(leading, "leading");
    Objects.requireNonNull(source, "source");
  }

  /** A block that overwrites files Terragrunt generated before ({@code overwrite_terragrunt}). */
  public static Generate of(String name, String path, String contents) {
    return new Generate(name, path, "overwrite_terragrunt", contents, new Trivia(java.util.List.of("")),
        SourceRef.NONE);
  }

  @Override
  public String key() {
    return "generate \"" + name + "\"";
  }
}
