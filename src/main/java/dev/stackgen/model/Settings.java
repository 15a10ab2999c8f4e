package dev.stackgen.model;

import java.util.Objects;

/**
 * The {@code stackgen} block: where stacks live, whether owned files carry the header, and the folder
 * of template overrides ({@code ""}: the bundled templates only).
 */
public record Settings(String stacksDir, boolean header, String templates) {
  public static final Settings DEFAULT = new Settings("stacks", true, "");

  public Settings {
    if (stacksDir == null || stacksDir.isBlank()) {
      throw new IllegalArgumentException("stacks_dir must not be empty");
    }
    Objects.requireNonNull(templates, "templates");
  }

  /** Settings without template overrides. */
  public Settings(String stacksDir, boolean header) {
    this(stacksDir, header, "");
  }

  /** The same settings with template overrides from {@code templates}, relative to the repository. */
  public Settings withTemplates(String templates) {
    return new Settings(stacksDir, header, templates);
  }
}
