package dev.stackgen.model;

/** The {@code stackgen} block: where stacks live and whether owned files carry the header. */
public record Settings(String stacksDir, boolean header) {
  public static final Settings DEFAULT = new Settings("stacks", true);

  public Settings {
    if (stacksDir == null || stacksDir.isBlank()) {
      throw new IllegalArgumentException("stacks_dir must not be empty");
    }
  }
}
